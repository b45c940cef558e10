-- One school's lines of the reject list: only problems of files that school sent, in the order of
-- rejects.csv. A quoted cell of a personal column (phone, birth date) is not read at all.
SELECT p.file, p.sheet, p.row_no, p.column_name,
       CASE WHEN regexp_matches(coalesce(p.column_name, ''), '电话|手机|出生|身份证|生日') THEN NULL
            ELSE p.value END AS value,
       p.severity, p.code, p.message
FROM problem AS p
WHERE p.period = :period AND p.school_code = :school_code
  AND p.file IN (SELECT f.file FROM intake_file AS f WHERE f.period = :period AND f.school_code = :school_code)
ORDER BY p.file, p.sheet_order, p.row_no NULLS FIRST, p.column_order, p.code, p.message
