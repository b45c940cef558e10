-- Schools with an accepted file in the period (the ones that get a 学校反馈报告), in code-point order.
SELECT s.school_code
FROM school AS s
WHERE s.period = :period
  AND EXISTS (SELECT 1 FROM intake_file AS f
              WHERE f.period = s.period AND f.school_code = s.school_code AND f.status = 'accepted')
ORDER BY s.school_code
