-- Two or more otherwise-valid teachers on one (学段, 年级, 班级) of a school: all of them.
WITH pending AS (
    SELECT r.*
    FROM roster_row AS r
    WHERE r.period = :period AND r.value_ok
      AND r.file IN (SELECT file FROM intake_file WHERE period = :period AND status = 'accepted')
      AND NOT EXISTS (SELECT 1 FROM problem AS p
                      WHERE p.period = r.period AND p.file = r.file AND p.sheet = r.sheet
                        AND p.row_no = r.row_no AND p.severity = 'error')
), clash AS (
    SELECT file, stage, grade_level, class_no,
           string_agg('第' || row_no || '行', '、' ORDER BY row_no) AS rows_text
    FROM pending
    GROUP BY file, stage, grade_level, class_no
    HAVING count(DISTINCT teacher_id) > 1
)
INSERT INTO problem
SELECT p.period, p.file, p.school_code, p.sheet, 1, p.row_no, '班级', 4, p.class_raw, 'error',
       'CLASS_TAKEN',
       '第' || p.row_no || '行' || p.stage
           || ['一年级','二年级','三年级','四年级','五年级','六年级','七年级','八年级','九年级','高一','高二','高三'][p.grade_level]
           || p.class_no || '班登记了多名班主任（' || c.rows_text || '）',
       'validate'
FROM pending AS p
JOIN clash AS c USING (file, stage, grade_level, class_no)
