-- 一师一档: the teacher's explanation rows from scoring, period by period in reading order; the
-- caller keeps those a report explains.
SELECT r.period, a.grade, a.total_grade, a.tier_change, r.rule_code, r.text
FROM assessment_reason AS r
JOIN assessment AS a ON a.period = r.period AND a.teacher_id = r.teacher_id
WHERE r.teacher_id = :teacher_id
ORDER BY r.period, r.seq
