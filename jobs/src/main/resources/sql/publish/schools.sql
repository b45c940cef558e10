-- schools.csv: one row per registry school of the period, ordered by school_code (code points).
SELECT period, school_code, school_name, zone, school_type, submitted, teachers, graded, mean_total,
       excellent, qualified, basic, failed, commended, undifferentiated
FROM school_result
WHERE period = :period
ORDER BY school_code
