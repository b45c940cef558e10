-- The schools of a period with an accepted file: each gets a folder of its own.
SELECT s.school_code, s.zone, s.school_name
FROM school AS s
WHERE s.period = :period
  AND EXISTS (SELECT 1 FROM intake_file AS f
              WHERE f.period = s.period AND f.school_code = s.school_code AND f.status = 'accepted')
ORDER BY s.school_code
