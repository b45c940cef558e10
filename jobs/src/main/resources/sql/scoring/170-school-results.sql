-- One row per registry school. Totals are counted in integer tenths (x = 10 × total) so that the
-- mean and the spread are exact: population SD < s ⇔ n·Σx² − (Σx)² < 100·s²·n², with s = sd_num /
-- sd_den multiplied out (an SD of exactly 1.0 is not below 1.0). mean_total is rounded half-up to
-- hundredths as (20·Σx + n) // (2n) hundredths. "More than the share 优秀": excellent·den > num·graded.
INSERT INTO school_result
WITH per_school AS (
    SELECT school_code,
           count(*) AS teachers,
           count(*) FILTER (WHERE grade <> '未评分') AS graded,
           sum(CAST(total * 10 AS HUGEINT)) AS sum_x,
           sum(CAST(total * 10 AS HUGEINT) * CAST(total * 10 AS HUGEINT)) AS sum_xx,
           count(*) FILTER (WHERE grade = '优秀') AS excellent,
           count(*) FILTER (WHERE grade = '合格') AS qualified,
           count(*) FILTER (WHERE grade = '基本合格') AS basic,
           count(*) FILTER (WHERE grade = '不合格') AS failed,
           count(*) FILTER (WHERE grade = '未评分') AS unscored,
           count(*) FILTER (WHERE commended) AS commended
    FROM assessment
    WHERE period = :period
    GROUP BY school_code
), flags AS (
    SELECT *,
           graded >= :min_graded
               AND :sd_den * :sd_den * (graded * sum_xx - sum_x * sum_x)
                   < 100 * :sd_num * :sd_num * graded * graded AS low_spread,
           graded >= :min_graded AND excellent * :excellent_share_den > :excellent_share_num * graded AS too_many_excellent
    FROM per_school
)
SELECT s.period, s.school_code, s.school_name, s.zone, s.school_type,
       s.submitted, coalesce(f.teachers, 0), coalesce(f.graded, 0),
       CASE WHEN f.graded > 0
            THEN CAST(CAST((20 * f.sum_x + f.graded) // (2 * f.graded) AS DECIMAL(18, 0)) * 0.01 AS DECIMAL(7, 2)) END,
       coalesce(f.excellent, 0), coalesce(f.qualified, 0), coalesce(f.basic, 0), coalesce(f.failed, 0),
       coalesce(f.unscored, 0), coalesce(f.commended, 0),
       coalesce(f.low_spread, false), coalesce(f.too_many_excellent, false),
       coalesce(f.low_spread OR f.too_many_excellent, false),
       NOT s.submitted
FROM (
    SELECT r.*, EXISTS (SELECT 1 FROM intake_file AS i
                        WHERE i.period = r.period AND i.school_code = r.school_code AND i.status = 'accepted') AS submitted
    FROM school AS r
    WHERE r.period = :period
) AS s
LEFT JOIN flags AS f USING (school_code)
