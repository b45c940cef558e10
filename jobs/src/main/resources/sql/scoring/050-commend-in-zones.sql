-- Eligible (优秀, years ≥ min) teachers take their zone's seats in merit order.
UPDATE assessment AS a
SET commended = true, commended_seat = 'zone'
FROM (
    SELECT e.teacher_id
    FROM (
        SELECT teacher_id, stage, zone, row_number() OVER (PARTITION BY stage, zone ORDER BY merit_no) AS position
        FROM assessment
        WHERE period = :period AND grade = '优秀' AND years >= :commend_min_years
    ) AS e
    JOIN commendation_seat AS s ON s.period = :period AND s.stage = e.stage AND s.zone = e.zone
    WHERE e.position <= s.seats
) AS w
WHERE a.period = :period AND a.teacher_id = w.teacher_id
