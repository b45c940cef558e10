-- The first otherwise-accepted row of a teacher stands; later otherwise-accepted rows are duplicates.
WITH pending AS (
    SELECT r.*, row_number() OVER (PARTITION BY r.file, r.teacher_id ORDER BY r.row_no) AS rn,
           min(r.row_no) OVER (PARTITION BY r.file, r.teacher_id) AS first_row
    FROM {{rows}} AS r
    WHERE r.period = :period AND r.value_ok
      AND r.file IN (SELECT file FROM intake_file WHERE period = :period AND status = 'accepted')
      AND NOT EXISTS (SELECT 1 FROM problem AS p
                      WHERE p.period = r.period AND p.file = r.file AND p.sheet = r.sheet
                        AND p.row_no = r.row_no AND p.severity = 'error')
)
INSERT INTO problem
SELECT period, file, school_code, sheet, :sheet_order, row_no, '教师编号', 0, teacher_id_raw, 'error', :code,
       '第' || row_no || '行教师编号' || teacher_id || '的' || :what || '重复，以第' || first_row || '行为准',
       'validate'
FROM pending
WHERE rn > 1
