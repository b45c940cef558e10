-- intake.csv: one line per file found; counts only for accepted files (read = loaded + rejected).
WITH counts AS (
    SELECT file, 'roster' AS sheet, count(*) AS read, count(*) FILTER (WHERE accepted) AS loaded
    FROM roster_row WHERE period = :period GROUP BY file
    UNION ALL
    SELECT file, 'scores', count(*), count(*) FILTER (WHERE accepted)
    FROM score_row WHERE period = :period GROUP BY file
    UNION ALL
    SELECT file, 'activity', count(*), count(*) FILTER (WHERE accepted)
    FROM activity_row WHERE period = :period GROUP BY file
    UNION ALL
    SELECT file, 'incidents', count(*), count(*) FILTER (WHERE accepted)
    FROM incident_row WHERE period = :period GROUP BY file
), per_file AS (
    SELECT f.file,
           coalesce(max(c.read) FILTER (WHERE c.sheet = 'roster'), 0) AS roster_read,
           coalesce(max(c.loaded) FILTER (WHERE c.sheet = 'roster'), 0) AS roster_loaded,
           coalesce(max(c.read) FILTER (WHERE c.sheet = 'scores'), 0) AS scores_read,
           coalesce(max(c.loaded) FILTER (WHERE c.sheet = 'scores'), 0) AS scores_loaded,
           coalesce(max(c.read) FILTER (WHERE c.sheet = 'activity'), 0) AS activity_read,
           coalesce(max(c.loaded) FILTER (WHERE c.sheet = 'activity'), 0) AS activity_loaded,
           coalesce(max(c.read) FILTER (WHERE c.sheet = 'incidents'), 0) AS incidents_read,
           coalesce(max(c.loaded) FILTER (WHERE c.sheet = 'incidents'), 0) AS incidents_loaded
    FROM intake_file AS f
    LEFT JOIN counts AS c ON c.file = f.file
    WHERE f.period = :period
    GROUP BY f.file
)
SELECT f.period, f.file, f.school_code, f.status,
       CASE f.status WHEN 'rejected' THEN f.failure_code WHEN 'superseded' THEN 'SUPERSEDED' END AS reason,
       CASE WHEN f.status = 'accepted' THEN p.roster_read END,
       CASE WHEN f.status = 'accepted' THEN p.roster_loaded END,
       CASE WHEN f.status = 'accepted' THEN p.roster_read - p.roster_loaded END,
       CASE WHEN f.status = 'accepted' THEN p.scores_read END,
       CASE WHEN f.status = 'accepted' THEN p.scores_loaded END,
       CASE WHEN f.status = 'accepted' THEN p.scores_read - p.scores_loaded END,
       CASE WHEN f.status = 'accepted' THEN p.activity_read END,
       CASE WHEN f.status = 'accepted' THEN p.activity_loaded END,
       CASE WHEN f.status = 'accepted' THEN p.activity_read - p.activity_loaded END,
       CASE WHEN f.status = 'accepted' THEN p.incidents_read END,
       CASE WHEN f.status = 'accepted' THEN p.incidents_loaded END,
       CASE WHEN f.status = 'accepted' THEN p.incidents_read - p.incidents_loaded END
FROM intake_file AS f
JOIN per_file AS p USING (file)
WHERE f.period = :period
ORDER BY f.file
