-- Accepted score rows whose dimensions are not exactly the scheme's (intake read them with
-- another scheme): a total over them would be silently wrong, so scoring refuses to run.
SELECT s.file, s.row_no
FROM score_row AS s
LEFT JOIN score_value AS v ON v.period = s.period AND v.file = s.file AND v.row_no = s.row_no
WHERE s.period = :period AND s.accepted
GROUP BY s.file, s.row_no
HAVING count(v.value) <> len(string_split(:dimensions, ','))
    OR count(v.value) FILTER (WHERE list_contains(string_split(:dimensions, ','), v.dimension))
       <> len(string_split(:dimensions, ','))
ORDER BY s.file, s.row_no
LIMIT 1
