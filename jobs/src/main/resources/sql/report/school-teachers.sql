-- 学校反馈报告: the school's accepted roster teachers in the period's merit order (未评分 last, by
-- 教师编号). Dimension values come as two parallel lists (codes, values) from score_value, so the
-- caller aligns them to the scheme by code. No personal columns (phone, birth date) are read.
SELECT a.teacher_id, a.name, a.stage,
       ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '七年级', '八年级', '九年级',
        '高一', '高二', '高三'][a.grade_level] AS grade_level,
       a.class_no,
       (SELECT list(v.dimension ORDER BY v.dimension) FROM score_value AS v
        WHERE v.period = a.period AND v.file = a.file AND v.row_no = a.score_row) AS codes,
       (SELECT list(v.value ORDER BY v.dimension) FROM score_value AS v
        WHERE v.period = a.period AND v.file = a.file AND v.row_no = a.score_row) AS dimension_values,
       a.total, a.grade, a.rank_school, a.rank_zone_stage, a.rank_district_stage, a.commended,
       a.city_recommended, a.tier, a.tier_change
FROM assessment AS a
WHERE a.period = :period AND a.school_code = :school_code
ORDER BY a.merit_no NULLS LAST, a.teacher_id
