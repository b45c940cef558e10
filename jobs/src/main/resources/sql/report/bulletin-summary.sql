-- The bulletin's opening numbers: registry schools, submitted, teachers, graded, commendations, and
-- the names of the schools that did not submit (未报送) in code-point order of their codes.
SELECT CAST(count(*) AS INTEGER) AS schools,
       CAST(count(*) FILTER (WHERE r.submitted) AS INTEGER) AS submitted,
       CAST(coalesce(sum(r.teachers), 0) AS INTEGER) AS teachers,
       CAST(coalesce(sum(r.graded), 0) AS INTEGER) AS graded,
       (SELECT CAST(count(*) AS INTEGER) FROM assessment WHERE period = :period AND commended) AS commended,
       (SELECT CAST(count(*) AS INTEGER) FROM assessment WHERE period = :period AND city_recommended) AS city,
       coalesce(list(r.school_name ORDER BY r.school_code) FILTER (WHERE NOT r.submitted), []) AS not_submitted
FROM school_result AS r
WHERE r.period = :period
