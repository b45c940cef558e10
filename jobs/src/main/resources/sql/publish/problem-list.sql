-- 数据问题清单: the lines of rejects.csv, in its order, with the registry's 学校名称. An empty school
-- parameter gives every line (the district list); a 学校代码 gives that school's lines only, so a file
-- whose school could not be identified (no school_code) is in the district list alone.
SELECT p.file, p.school_code, s.school_name, p.sheet, p.row_no, p.column_name, p.value, p.severity, p.code,
       p.message
FROM problem AS p
LEFT JOIN school AS s ON s.period = p.period AND s.school_code = p.school_code
WHERE p.period = :period AND (:school = '' OR p.school_code = :school)
ORDER BY p.file, p.sheet_order, p.row_no NULLS FIRST, p.column_order, p.code, p.message
