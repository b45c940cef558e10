-- Two files for one school: the later 填报日期 wins (a missing date counts as earliest), then the
-- later modification time, then the later path in code-point order; the others are superseded.
UPDATE intake_file AS f
SET status = CASE WHEN r.rn = 1 THEN 'accepted' ELSE 'superseded' END
FROM (
    SELECT file, row_number() OVER (PARTITION BY school_code
                                    ORDER BY fill_date DESC NULLS LAST, modified DESC, file DESC) AS rn
    FROM intake_file
    WHERE period = :period AND failure_code IS NULL
) AS r
WHERE f.period = :period AND f.file = r.file
