-- Data quality per registry school (by 学区 then code): files accepted and rejected, rows rejected
-- (distinct rows with an error) and warnings. Files that name no registry school are summed in one last line.
WITH files AS (
    SELECT school_code,
           count(*) FILTER (WHERE status = 'accepted') AS accepted,
           count(*) FILTER (WHERE status = 'rejected') AS rejected
    FROM intake_file WHERE period = :period GROUP BY school_code
), problems AS (
    SELECT school_code,
           count(DISTINCT file || '|' || sheet || '|' || CAST(row_no AS VARCHAR))
               FILTER (WHERE severity = 'error' AND row_no IS NOT NULL) AS rows_rejected,
           count(*) FILTER (WHERE severity = 'warning') AS warnings
    FROM problem WHERE period = :period GROUP BY school_code
), registry AS (
    SELECT school_code FROM school WHERE period = :period
)
SELECT zone, school_code, school_name, files_accepted, files_rejected, rows_rejected, warnings
FROM (
    SELECT 0 AS part, s.zone, s.school_code, s.school_name,
           CAST(coalesce(f.accepted, 0) AS INTEGER) AS files_accepted,
           CAST(coalesce(f.rejected, 0) AS INTEGER) AS files_rejected,
           CAST(coalesce(p.rows_rejected, 0) AS INTEGER) AS rows_rejected,
           CAST(coalesce(p.warnings, 0) AS INTEGER) AS warnings
    FROM school AS s
    LEFT JOIN files AS f ON f.school_code = s.school_code
    LEFT JOIN problems AS p ON p.school_code = s.school_code
    WHERE s.period = :period
    UNION ALL
    SELECT 1, '—', '—', '未能对应登记学校的文件',
           CAST(coalesce((SELECT sum(accepted) FROM files
                          WHERE school_code IS NULL OR school_code NOT IN (SELECT school_code FROM registry)), 0) AS INTEGER),
           CAST(coalesce((SELECT sum(rejected) FROM files
                          WHERE school_code IS NULL OR school_code NOT IN (SELECT school_code FROM registry)), 0) AS INTEGER),
           CAST(coalesce((SELECT sum(rows_rejected) FROM problems
                          WHERE school_code IS NULL OR school_code NOT IN (SELECT school_code FROM registry)), 0) AS INTEGER),
           CAST(coalesce((SELECT sum(warnings) FROM problems
                          WHERE school_code IS NULL OR school_code NOT IN (SELECT school_code FROM registry)), 0) AS INTEGER)
    WHERE EXISTS (SELECT 1 FROM files
                  WHERE school_code IS NULL OR school_code NOT IN (SELECT school_code FROM registry))
) AS q
ORDER BY part, zone, school_code
