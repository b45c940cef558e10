-- 一师一档: the teacher's accepted incidents of every period (only rows of the file the period used).
SELECT i.period, i.incident_date, i.summary, i.responsibility, i.consequence
FROM incident_row AS i
JOIN assessment AS a ON a.period = i.period AND a.file = i.file AND a.teacher_id = i.teacher_id
WHERE i.teacher_id = :teacher_id AND i.accepted
ORDER BY i.period, i.incident_date NULLS LAST, i.row_no
