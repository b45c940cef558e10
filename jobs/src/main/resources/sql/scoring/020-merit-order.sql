-- The merit order (综合排序) of the period's graded teachers, the one place that defines it:
-- total desc, the scheme's merit_tiebreak dimensions desc in order (lists compare element by
-- element), 担任班主任年限 desc, 教师编号 asc. VARCHAR comparison is byte-wise on UTF-8, which is
-- Unicode code-point order. Every later "in merit order" sorts by merit_no within its group.
UPDATE assessment AS a
SET merit_no = m.merit_no
FROM (
    SELECT teacher_id,
           row_number() OVER (ORDER BY total DESC, tiebreak DESC, years DESC, teacher_id ASC) AS merit_no
    FROM assessment
    WHERE period = :period AND grade <> '未评分'
) AS m
WHERE a.period = :period AND a.teacher_id = m.teacher_id
