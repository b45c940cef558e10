-- Tier step 3: a prior-普通 teacher graded 优秀 with years ≥ min becomes 骨干 when their merit
-- position in the (学区, 学段) is within ceil(f × n_zone_stage); f = backbone_num / backbone_den,
-- ceil in integers as (num × n + den - 1) // den. The cutoff is kept for the explanations.
UPDATE assessment
SET backbone_cutoff = (:backbone_num * zone_stage_size + :backbone_den - 1) // :backbone_den,
    tier = CASE
        WHEN prior_tier = '普通' AND grade = '优秀' AND years >= :backbone_min_years
             AND zone_stage_position <= (:backbone_num * zone_stage_size + :backbone_den - 1) // :backbone_den
        THEN '骨干' ELSE tier END
WHERE period = :period AND grade <> '未评分'
