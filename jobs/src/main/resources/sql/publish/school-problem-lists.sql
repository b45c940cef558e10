-- The 数据问题清单 lines of a batch of schools at once (one query instead of one per school), in
-- each school's order as problem-list.sql gives it; school_code last, to group them by.
SELECT p.file, p.school_code, s.school_name, p.sheet, p.row_no, p.column_name, p.value, p.severity, p.code,
       p.message, p.school_code AS list_school
FROM problem AS p
LEFT JOIN school AS s ON s.period = p.period AND s.school_code = p.school_code
WHERE p.period = :period AND p.school_code IN (SELECT unnest(:schools))
ORDER BY p.school_code, p.file, p.sheet_order, p.row_no NULLS FIRST, p.column_order, p.code, p.message
