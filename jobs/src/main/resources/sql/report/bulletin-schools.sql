-- The bulletin's school table: every registry school, submitted or not, by 学区 then code.
SELECT zone, school_code, school_name, school_type, submitted, teachers, graded, mean_total, excellent,
       qualified, basic, failed, commended, undifferentiated
FROM school_result
WHERE period = :period
ORDER BY zone, school_code
