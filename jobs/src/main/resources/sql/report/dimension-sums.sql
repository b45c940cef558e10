-- Sums and counts of each dimension over the graded teachers of the period, per (school, 学区, 学段):
-- the caller adds them up to school, 学区, district and 学段 means and divides exactly.
SELECT a.school_code, a.zone, a.stage, v.dimension, sum(v.value) AS value_sum, count(v.value) AS value_count
FROM assessment AS a
JOIN score_value AS v ON v.period = a.period AND v.file = a.file AND v.row_no = a.score_row
WHERE a.period = :period AND a.grade <> '未评分'
GROUP BY a.school_code, a.zone, a.stage, v.dimension
ORDER BY a.school_code, a.stage, v.dimension
