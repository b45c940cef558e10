-- District commendation seats. Per 学段: Q = floor(f × n + 0.5) with f = quota_num / quota_den,
-- in integers: (2 × num × n + den) // (2 × den). Per (学区, 学段), largest remainder: the share
-- Q × n_zone / n is share_floor + share_remainder / n exactly; every zone of a 学段 has the same
-- denominator n, so comparing remainders compares the fractional parts exactly. The seats left
-- go one each by remainder desc, then n_zone desc, then 学区 name in code-point order.
INSERT INTO commendation_seat
WITH zone_count AS (
    SELECT stage, zone, count(*) AS n_zone
    FROM assessment
    WHERE period = :period AND grade <> '未评分'
    GROUP BY stage, zone
), stage_count AS (
    SELECT stage, sum(n_zone) AS n_stage,
           (2 * :quota_num * sum(n_zone) + :quota_den) // (2 * :quota_den) AS seats_stage
    FROM zone_count
    GROUP BY stage
), shares AS (
    SELECT z.stage, z.zone, s.n_stage, s.seats_stage, z.n_zone,
           (s.seats_stage * z.n_zone) // s.n_stage AS share_floor,
           (s.seats_stage * z.n_zone) % s.n_stage AS share_remainder
    FROM zone_count AS z
    JOIN stage_count AS s USING (stage)
), ranked AS (
    SELECT *,
           seats_stage - sum(share_floor) OVER (PARTITION BY stage) AS seats_left,
           row_number() OVER (PARTITION BY stage ORDER BY share_remainder DESC, n_zone DESC, zone ASC) AS remainder_rank
    FROM shares
)
SELECT :period, stage, zone, n_stage, seats_stage, n_zone, share_floor, share_remainder,
       remainder_rank <= seats_left AS extra_seat,
       share_floor + CASE WHEN remainder_rank <= seats_left THEN 1 ELSE 0 END AS seats
FROM ranked
