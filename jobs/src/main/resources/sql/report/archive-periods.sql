-- 一师一档: one teacher in every period of the warehouse, oldest first, with the period's school,
-- post, dimension values (parallel lists of codes and values), result, meetings and training hours.
SELECT a.period, a.name, s.school_name, a.zone, a.stage,
       ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '七年级', '八年级', '九年级',
        '高一', '高二', '高三'][a.grade_level] AS grade_level,
       a.class_no,
       (SELECT list(v.dimension ORDER BY v.dimension) FROM score_value AS v
        WHERE v.period = a.period AND v.file = a.file AND v.row_no = a.score_row) AS codes,
       (SELECT list(v.value ORDER BY v.dimension) FROM score_value AS v
        WHERE v.period = a.period AND v.file = a.file AND v.row_no = a.score_row) AS dimension_values,
       a.total, a.grade, a.tier, a.tier_change, a.commended, a.city_recommended, a.meetings,
       w.training_district, w.training_zone, w.training_school
FROM assessment AS a
JOIN school AS s ON s.period = a.period AND s.school_code = a.school_code
LEFT JOIN activity_row AS w ON w.period = a.period AND w.file = a.file AND w.row_no = a.activity_row
WHERE a.teacher_id = :teacher_id
ORDER BY a.period
