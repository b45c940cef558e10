-- An accepted roster teacher with no accepted row in {{rows}}: kept, with a warning at the roster row.
INSERT INTO problem
SELECT t.period, t.file, t.school_code, t.sheet, 1, t.row_no, '教师编号', 0, t.teacher_id_raw, 'warning', :code,
       '第' || t.row_no || '行' || t.name || '（' || t.teacher_id || '）' || :what,
       'validate'
FROM roster_row AS t
WHERE t.period = :period AND t.accepted
  AND NOT EXISTS (SELECT 1 FROM {{rows}} AS r
                  WHERE r.period = t.period AND r.file = t.file AND r.teacher_id = t.teacher_id AND r.accepted)
