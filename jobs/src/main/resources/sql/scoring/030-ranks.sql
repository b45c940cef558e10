-- Competition ranks (1, 2, 2, 4) on total alone; rank_school spans all stages of the school.
-- zone_stage_size and zone_stage_position serve 新晋骨干 (tier step 3), which counts every
-- graded teacher of the (学区, 学段), vetoed ones included.
UPDATE assessment AS a
SET rank_school = r.rank_school,
    rank_zone_stage = r.rank_zone_stage,
    rank_district_stage = r.rank_district_stage,
    zone_stage_size = r.zone_stage_size,
    zone_stage_position = r.zone_stage_position
FROM (
    SELECT teacher_id,
           rank() OVER (PARTITION BY school_code ORDER BY total DESC) AS rank_school,
           rank() OVER (PARTITION BY zone, stage ORDER BY total DESC) AS rank_zone_stage,
           rank() OVER (PARTITION BY stage ORDER BY total DESC) AS rank_district_stage,
           count(*) OVER (PARTITION BY zone, stage) AS zone_stage_size,
           row_number() OVER (PARTITION BY zone, stage ORDER BY merit_no) AS zone_stage_position
    FROM assessment
    WHERE period = :period AND grade <> '未评分'
) AS r
WHERE a.period = :period AND a.teacher_id = r.teacher_id
