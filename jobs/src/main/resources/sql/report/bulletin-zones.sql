-- Per 学区 of the registry (code-point order): grade distribution, graded teachers and the sum of
-- their totals (the caller divides exactly). A 学区 whose schools all failed to submit has zeros.
SELECT z.zone,
       CAST(count(a.teacher_id) FILTER (WHERE a.grade = '优秀') AS INTEGER) AS excellent,
       CAST(count(a.teacher_id) FILTER (WHERE a.grade = '合格') AS INTEGER) AS qualified,
       CAST(count(a.teacher_id) FILTER (WHERE a.grade = '基本合格') AS INTEGER) AS basic,
       CAST(count(a.teacher_id) FILTER (WHERE a.grade = '不合格') AS INTEGER) AS failed,
       CAST(count(a.teacher_id) FILTER (WHERE a.grade = '未评分') AS INTEGER) AS ungraded,
       CAST(count(a.total) AS INTEGER) AS graded,
       sum(a.total) AS total_sum
FROM (SELECT DISTINCT zone FROM school WHERE period = :period) AS z
LEFT JOIN assessment AS a ON a.period = :period AND a.zone = z.zone
GROUP BY z.zone
ORDER BY z.zone
