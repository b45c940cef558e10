-- 一师一档: a batch of teachers' accepted incidents of every period (only rows of the file the period
-- used), teacher by teacher.
SELECT i.teacher_id, i.period, i.incident_date, i.summary, i.responsibility, i.consequence
FROM incident_row AS i
JOIN assessment AS a ON a.period = i.period AND a.file = i.file AND a.teacher_id = i.teacher_id
WHERE i.teacher_id IN (SELECT unnest(:teachers)) AND i.accepted
ORDER BY i.teacher_id, i.period, i.incident_date NULLS LAST, i.row_no
