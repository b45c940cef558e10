-- 一师一档: a batch of teachers (by 教师编号), each in every period of the warehouse, oldest first,
-- with the period's school, post, dimension values (parallel lists of codes and values), result,
-- meetings and training hours. The values are gathered for the batch in one join.
WITH chosen AS (
    SELECT * FROM assessment WHERE teacher_id IN (SELECT unnest(:teachers))
), scored AS (
    SELECT c.period, c.teacher_id, list(v.dimension ORDER BY v.dimension) AS codes,
           list(v.value ORDER BY v.dimension) AS dimension_values
    FROM chosen AS c
    JOIN score_value AS v ON v.period = c.period AND v.file = c.file AND v.row_no = c.score_row
    GROUP BY c.period, c.teacher_id
)
SELECT a.teacher_id, a.period, a.name, s.school_name, a.zone, a.stage,
       ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '七年级', '八年级', '九年级',
        '高一', '高二', '高三'][a.grade_level] AS grade_level,
       a.class_no, v.codes, v.dimension_values,
       a.total, a.grade, a.tier, a.tier_change, a.commended, a.city_recommended, a.meetings,
       w.training_district, w.training_zone, w.training_school
FROM chosen AS a
JOIN school AS s ON s.period = a.period AND s.school_code = a.school_code
LEFT JOIN scored AS v ON v.period = a.period AND v.teacher_id = a.teacher_id
LEFT JOIN activity_row AS w ON w.period = a.period AND w.file = a.file AND w.row_no = a.activity_row
ORDER BY a.teacher_id, a.period
