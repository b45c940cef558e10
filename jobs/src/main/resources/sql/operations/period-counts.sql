-- Warehouse (DuckDB): what each period holds.
SELECT f.period,
       count(*) FILTER (WHERE f.status = 'accepted') AS files_accepted,
       count(*) FILTER (WHERE f.status = 'rejected') AS files_rejected,
       (SELECT count(*) FROM assessment AS a WHERE a.period = f.period AND a.grade <> '未评分') AS graded,
       (SELECT count(*) FROM assessment AS a WHERE a.period = f.period AND a.commended) AS commended,
       (SELECT count(*) FROM assessment AS a WHERE a.period = f.period AND a.must_replace) AS must_replace
FROM intake_file AS f
GROUP BY f.period
ORDER BY f.period
