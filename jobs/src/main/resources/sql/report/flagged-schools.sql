-- Schools flagged 评分区分度不足, with the sums behind the flag: totals counted in integer tenths
-- (x = 10 × total), so the caller works out the population SD and the 优秀 share exactly.
SELECT r.zone, r.school_code, r.school_name, r.graded, r.excellent,
       CAST(sum(CAST(a.total * 10 AS HUGEINT)) AS DECIMAL(38, 0)) AS sum_x,
       CAST(sum(CAST(a.total * 10 AS HUGEINT) * CAST(a.total * 10 AS HUGEINT)) AS DECIMAL(38, 0)) AS sum_xx
FROM school_result AS r
JOIN assessment AS a ON a.period = r.period AND a.school_code = r.school_code AND a.grade <> '未评分'
WHERE r.period = :period AND r.undifferentiated
GROUP BY r.zone, r.school_code, r.school_name, r.graded, r.excellent
ORDER BY r.zone, r.school_code
