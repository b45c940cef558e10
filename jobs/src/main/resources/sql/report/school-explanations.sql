-- The explanation rows from scoring of a batch of schools' teachers: school by school, teacher by
-- teacher in merit order, each teacher's rows in reading order; the caller keeps those a report
-- explains.
SELECT a.school_code, a.teacher_id, a.name, a.grade, a.total_grade, a.tier_change, r.rule_code, r.text
FROM assessment_reason AS r
JOIN assessment AS a ON a.period = r.period AND a.teacher_id = r.teacher_id
WHERE r.period = :period AND a.school_code IN (SELECT unnest(:schools))
ORDER BY a.school_code, a.merit_no NULLS LAST, a.teacher_id, r.seq
