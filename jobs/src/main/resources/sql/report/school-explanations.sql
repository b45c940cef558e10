-- The explanation rows from scoring of one school's teachers, teacher by teacher in merit order,
-- each teacher's rows in reading order; the caller keeps those a report explains.
SELECT a.teacher_id, a.name, a.grade, a.total_grade, a.tier_change, r.rule_code, r.text
FROM assessment_reason AS r
JOIN assessment AS a ON a.period = r.period AND a.teacher_id = r.teacher_id
WHERE r.period = :period AND a.school_code = :school_code
ORDER BY a.merit_no NULLS LAST, a.teacher_id, r.seq
