-- 区级优秀班主任 of the period, grouped by 学段 (小学, 初中, 高中) then 学区, in merit order within
-- each group; city_recommended marks the 推荐市级 ones.
SELECT a.stage, a.zone, s.school_name, a.name,
       ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '七年级', '八年级', '九年级',
        '高一', '高二', '高三'][a.grade_level] AS grade_level,
       a.class_no, a.total, a.city_recommended, a.merit_no
FROM assessment AS a
JOIN school AS s ON s.period = a.period AND s.school_code = a.school_code
WHERE a.period = :period AND a.commended
ORDER BY CASE a.stage WHEN '小学' THEN 1 WHEN '初中' THEN 2 WHEN '高中' THEN 3 ELSE 4 END, a.stage, a.zone, a.merit_no
