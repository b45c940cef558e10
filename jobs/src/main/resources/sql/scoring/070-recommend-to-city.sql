-- 推荐市级: the first floor(f × c + 0.5) commended teachers of each 学段 in merit order, at least
-- one when c ≥ 1; f = city_num / city_den, in integers as for the seats.
UPDATE assessment AS a
SET city_recommended = true
FROM (
    SELECT teacher_id
    FROM (
        SELECT teacher_id,
               row_number() OVER (PARTITION BY stage ORDER BY merit_no) AS position,
               count(*) OVER (PARTITION BY stage) AS c
        FROM assessment
        WHERE period = :period AND commended
    )
    WHERE position <= greatest(1, (2 * :city_num * c + :city_den) // (2 * :city_den))
) AS w
WHERE a.period = :period AND a.teacher_id = w.teacher_id
