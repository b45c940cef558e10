-- A batch of schools' lines of the reject list: each school's only from files that school sent, in
-- the order of rejects.csv. A quoted cell of a personal column (phone, birth date) is not read at all.
SELECT p.school_code, p.file, p.sheet, p.row_no, p.column_name,
       CASE WHEN regexp_matches(coalesce(p.column_name, ''), '电话|手机|出生|身份证|生日') THEN NULL
            ELSE p.value END AS value,
       p.severity, p.code, p.message
FROM problem AS p
WHERE p.period = :period AND p.school_code IN (SELECT unnest(:schools))
  AND EXISTS (SELECT 1 FROM intake_file AS f
              WHERE f.period = p.period AND f.file = p.file AND f.school_code = p.school_code)
ORDER BY p.school_code, p.file, p.sheet_order, p.row_no NULLS FIRST, p.column_order, p.code, p.message
