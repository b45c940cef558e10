-- A row of 考核评分 / 工作记录 / 安全事故 whose 教师编号 is not in the school's accepted roster.
-- {{rows}} is the row table, named by code from a fixed list, never from input.
INSERT INTO problem
SELECT r.period, r.file, r.school_code, r.sheet, :sheet_order, r.row_no, '教师编号', 0, r.teacher_id_raw, 'error',
       'NOT_IN_ROSTER',
       '第' || r.row_no || '行教师编号' || r.teacher_id || '不在本校已接收的班主任名册中',
       'validate'
FROM {{rows}} AS r
WHERE r.period = :period AND r.teacher_id IS NOT NULL
  AND r.file IN (SELECT file FROM intake_file WHERE period = :period AND status = 'accepted')
  AND NOT EXISTS (SELECT 1 FROM roster_row AS t
                  WHERE t.period = r.period AND t.file = r.file AND t.teacher_id = r.teacher_id AND t.accepted)
