-- results.csv: one row per accepted roster teacher of the period, ordered by school_code, then
-- teacher_id (code-point order). scores lists the dimension values in the scheme's order
-- (NULL for 未评分); the export spreads it over one column per dimension.
SELECT a.period, a.teacher_id, a.name, a.school_code, s.school_name, a.zone, a.school_type, a.stage,
       ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '七年级', '八年级', '九年级',
        '高一', '高二', '高三'][a.grade_level] AS grade_level,
       a.class_no,
       rtrim(rtrim(CAST(a.years AS VARCHAR), '0'), '.') AS years,
       (SELECT list(v.value ORDER BY list_position(string_split(:dimensions, ','), v.dimension))
        FROM score_value AS v
        WHERE v.period = a.period AND v.file = a.file AND v.row_no = a.score_row
          AND list_contains(string_split(:dimensions, ','), v.dimension)) AS scores,
       a.total, a.grade, a.ethics_veto, a.incident_veto, a.capped, a.meetings_ok, a.training_ok, a.must_replace,
       a.accountability, a.rank_school, a.rank_zone_stage, a.rank_district_stage, a.commended, a.city_recommended,
       a.prior_tier, a.tier, a.tier_change
FROM assessment AS a
JOIN school AS s ON s.period = a.period AND s.school_code = a.school_code
WHERE a.period = :period
ORDER BY a.school_code, a.teacher_id
