-- Every teacher assessed in the period with their school (one 一师一档 each), by school then 教师编号.
SELECT school_code, teacher_id
FROM assessment
WHERE period = :period
ORDER BY school_code, teacher_id
