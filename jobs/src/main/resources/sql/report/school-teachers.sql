-- 学校反馈报告: the accepted roster teachers of a batch of schools, each school's in the period's
-- merit order (未评分 last, by 教师编号). Dimension values come as two parallel lists (codes, values)
-- from score_value, so the caller aligns them to the scheme by code; they are gathered for the
-- batch's teachers in one join, not looked up teacher by teacher. No personal columns (phone,
-- birth date) are read.
WITH chosen AS (
    SELECT * FROM assessment
    WHERE period = :period AND school_code IN (SELECT unnest(:schools))
), scored AS (
    SELECT c.teacher_id, list(v.dimension ORDER BY v.dimension) AS codes,
           list(v.value ORDER BY v.dimension) AS dimension_values
    FROM chosen AS c
    JOIN score_value AS v ON v.period = c.period AND v.file = c.file AND v.row_no = c.score_row
    GROUP BY c.teacher_id
)
SELECT a.school_code, a.teacher_id, a.name, a.stage,
       ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '七年级', '八年级', '九年级',
        '高一', '高二', '高三'][a.grade_level] AS grade_level,
       a.class_no, s.codes, s.dimension_values,
       a.total, a.grade, a.rank_school, a.rank_zone_stage, a.rank_district_stage, a.commended,
       a.city_recommended, a.tier, a.tier_change
FROM chosen AS a
LEFT JOIN scored AS s ON s.teacher_id = a.teacher_id
ORDER BY a.school_code, a.merit_no NULLS LAST, a.teacher_id
