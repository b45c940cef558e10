-- Publishing replaces the period's published rows: first those the run's own rows do not repeat go
-- (same transaction). A re-run after one workbook changed repeats nearly every row, and deleting
-- and inserting all of them again (with their keys) took about 10 s at city scale; this takes 0.4 s.
-- (A row compares as a whole, NULLs alike; the aliases are names no column has.)
DELETE FROM published.{{table}}
WHERE rowid IN (SELECT published_row.rowid
                FROM published.{{table}} AS published_row
                WHERE published_row.period = :period
                  AND NOT EXISTS (SELECT 1 FROM {{table}} AS staged_row
                                  WHERE staged_row.period = :period
                                    AND staged_row IS NOT DISTINCT FROM published_row))
