-- Tier changes in brief: head counts per change and 学段; 无变化 is left out.
SELECT tier_change,
       CAST(count(*) FILTER (WHERE stage = '小学') AS INTEGER) AS primary_count,
       CAST(count(*) FILTER (WHERE stage = '初中') AS INTEGER) AS junior_count,
       CAST(count(*) FILTER (WHERE stage = '高中') AS INTEGER) AS senior_count
FROM assessment
WHERE period = :period AND tier_change IS NOT NULL AND tier_change <> '无变化'
GROUP BY tier_change
ORDER BY CASE tier_change WHEN '新晋首席' THEN 1 WHEN '保留首席' THEN 2 WHEN '首席降为骨干' THEN 3
                          WHEN '首席降为普通' THEN 4 WHEN '新晋骨干' THEN 5 WHEN '保留骨干' THEN 6
                          WHEN '退出骨干' THEN 7 ELSE 8 END, tier_change
