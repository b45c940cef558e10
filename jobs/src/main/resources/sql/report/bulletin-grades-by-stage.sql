-- Grade distribution per 学段, in the order 小学, 初中, 高中.
SELECT stage,
       CAST(count(*) FILTER (WHERE grade = '优秀') AS INTEGER) AS excellent,
       CAST(count(*) FILTER (WHERE grade = '合格') AS INTEGER) AS qualified,
       CAST(count(*) FILTER (WHERE grade = '基本合格') AS INTEGER) AS basic,
       CAST(count(*) FILTER (WHERE grade = '不合格') AS INTEGER) AS failed,
       CAST(count(*) FILTER (WHERE grade = '未评分') AS INTEGER) AS ungraded
FROM assessment
WHERE period = :period
GROUP BY stage
ORDER BY CASE stage WHEN '小学' THEN 1 WHEN '初中' THEN 2 WHEN '高中' THEN 3 ELSE 4 END, stage
