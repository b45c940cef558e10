-- Later occurrences of a 教师编号 in one roster; every row with a readable id is an occurrence.
INSERT INTO problem
SELECT r.period, r.file, r.school_code, r.sheet, 1, r.row_no, '教师编号', 0, r.teacher_id_raw, 'error',
       'DUPLICATE_TEACHER',
       '第' || r.row_no || '行教师编号' || r.teacher_id || '与第' || r.first_row || '行重复',
       'validate'
FROM (
    SELECT *, min(row_no) OVER (PARTITION BY file, teacher_id) AS first_row
    FROM roster_row
    WHERE period = :period AND teacher_id IS NOT NULL
      AND file IN (SELECT file FROM intake_file WHERE period = :period AND status = 'accepted')
) AS r
WHERE r.row_no > r.first_row AND r.value_ok
