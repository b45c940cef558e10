-- 姓名 on an accepted score row that differs from the roster (white space already removed). A long
-- name is quoted cut, as intake quotes values (CellText.quoted); the value column keeps it whole.
INSERT INTO problem
SELECT s.period, s.file, s.school_code, s.sheet, 2, s.row_no, '姓名', 1, s.name, 'warning', 'NAME_MISMATCH',
       '第' || s.row_no || '行「姓名」为'
           || CASE WHEN length(s.name) > 50 THEN left(s.name, 50) || '…（共' || length(s.name) || '字）' ELSE s.name END
           || '，名册中教师编号' || s.teacher_id || '的姓名为' || t.name,
       'validate'
FROM score_row AS s
JOIN roster_row AS t
  ON t.period = s.period AND t.file = s.file AND t.teacher_id = s.teacher_id AND t.accepted
WHERE s.period = :period AND s.accepted AND s.name IS NOT NULL AND s.name <> t.name
