-- Everyone who is or was 首席 or 骨干 in the period (before and after its tier change), in merit
-- order (未评分 last): the caller sorts them into the 首席 and 骨干 lists.
SELECT a.school_type, a.zone, a.stage, s.school_name, a.name,
       ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '七年级', '八年级', '九年级',
        '高一', '高二', '高三'][a.grade_level] AS grade_level,
       a.class_no, a.total, a.grade, a.prior_tier, a.tier, a.tier_change
FROM assessment AS a
JOIN school AS s ON s.period = a.period AND s.school_code = a.school_code
WHERE a.period = :period AND (a.tier IN ('首席', '骨干') OR a.prior_tier IN ('首席', '骨干'))
ORDER BY a.merit_no NULLS LAST, a.teacher_id
