-- Tier step 4 candidates: prior tier 骨干, graded 优秀, meetings_ok, years ≥ min. They take the
-- group's seats in merit order; chief_position is kept for every candidate, for the explanations.
UPDATE assessment AS a
SET chief_position = c.position,
    tier = CASE WHEN c.position <= s.seats THEN '首席' ELSE a.tier END
FROM (
    SELECT teacher_id, school_type, stage,
           row_number() OVER (PARTITION BY school_type, stage ORDER BY merit_no) AS position
    FROM assessment
    WHERE period = :period AND prior_tier = '骨干' AND grade = '优秀' AND meetings_ok
      AND years >= :chief_min_years
) AS c
JOIN chief_seat AS s ON s.period = :period AND s.school_type = c.school_type AND s.stage = c.stage
WHERE a.period = :period AND a.teacher_id = c.teacher_id
