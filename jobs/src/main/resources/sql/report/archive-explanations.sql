-- 一师一档: a batch of teachers' explanation rows from scoring, teacher by teacher, period by period
-- in reading order; the caller keeps those a report explains.
SELECT r.teacher_id, r.period, a.grade, a.total_grade, a.tier_change, r.rule_code, r.text
FROM assessment_reason AS r
JOIN assessment AS a ON a.period = r.period AND a.teacher_id = r.teacher_id
WHERE r.teacher_id IN (SELECT unnest(:teachers))
ORDER BY r.teacher_id, r.period, r.seq
