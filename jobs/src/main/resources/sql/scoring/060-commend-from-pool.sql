-- Seats a zone could not fill go to one district pool per 学段, taken by the 学段's remaining
-- eligible teachers in merit order, whatever their zone.
UPDATE assessment AS a
SET commended = true, commended_seat = 'pool'
FROM (
    SELECT e.teacher_id
    FROM (
        SELECT teacher_id, stage, row_number() OVER (PARTITION BY stage ORDER BY merit_no) AS position
        FROM assessment
        WHERE period = :period AND grade = '优秀' AND years >= :commend_min_years AND NOT commended
    ) AS e
    JOIN (
        SELECT s.stage, sum(s.seats) - coalesce(max(c.taken), 0) AS pool
        FROM commendation_seat AS s
        LEFT JOIN (SELECT stage, count(*) AS taken FROM assessment
                   WHERE period = :period AND commended GROUP BY stage) AS c USING (stage)
        WHERE s.period = :period
        GROUP BY s.stage
    ) AS p USING (stage)
    WHERE e.position <= p.pool
) AS w
WHERE a.period = :period AND a.teacher_id = w.teacher_id
