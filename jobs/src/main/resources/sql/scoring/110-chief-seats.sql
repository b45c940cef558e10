-- Tier step 4 seats per (学校类型, 学段): S = max(min_seats, floor(f × n + 0.5)) over the graded
-- teachers of the group, minus the 首席 kept in step 1 (graded ones only: a 未评分 prior 首席 keeps
-- 首席 but is not "kept" here), never below 0.
INSERT INTO chief_seat
SELECT :period, school_type, stage, n, base_seats, kept, greatest(0, base_seats - kept) AS seats
FROM (
    SELECT school_type, stage, count(*) AS n,
           greatest(:chief_min_seats, (2 * :chief_num * count(*) + :chief_den) // (2 * :chief_den)) AS base_seats,
           count(*) FILTER (WHERE prior_tier = '首席' AND tier = '首席') AS kept
    FROM assessment
    WHERE period = :period AND grade <> '未评分'
    GROUP BY school_type, stage
)
