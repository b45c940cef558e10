-- rejects.csv: whole-file problems first, then by sheet and row as the school reads its workbook.
SELECT period, file, school_code, sheet, row_no, column_name, value, severity, code, message
FROM problem
WHERE period = :period
ORDER BY file, sheet_order, row_no NULLS FIRST, column_order, code, message
