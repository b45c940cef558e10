-- One 教师编号 on otherwise-valid roster rows of two or more schools: every such row, everywhere.
WITH pending AS (
    SELECT r.*
    FROM roster_row AS r
    WHERE r.period = :period AND r.value_ok
      AND r.file IN (SELECT file FROM intake_file WHERE period = :period AND status = 'accepted')
      AND NOT EXISTS (SELECT 1 FROM problem AS p
                      WHERE p.period = r.period AND p.file = r.file AND p.sheet = r.sheet
                        AND p.row_no = r.row_no AND p.severity = 'error')
), shared AS (
    SELECT p.teacher_id,
           string_agg(DISTINCT s.school_name, '、' ORDER BY s.school_name) AS schools
    FROM pending AS p
    JOIN school AS s ON s.period = p.period AND s.school_code = p.school_code
    GROUP BY p.teacher_id
    HAVING count(DISTINCT p.school_code) > 1
)
INSERT INTO problem
SELECT p.period, p.file, p.school_code, p.sheet, 1, p.row_no, '教师编号', 0, p.teacher_id_raw, 'error',
       'TEACHER_IN_MANY_SCHOOLS',
       '第' || p.row_no || '行教师编号' || p.teacher_id || '同时出现在多所学校的名册中：' || s.schools,
       'validate'
FROM pending AS p
JOIN shared AS s USING (teacher_id)
