-- A batch of registry schools of the period (by 学校代码), with their flags from scoring.
SELECT s.school_code, s.school_name, s.zone, s.school_type,
       coalesce(r.undifferentiated, false) AS undifferentiated,
       coalesce(r.not_submitted, true) AS not_submitted
FROM school AS s
LEFT JOIN school_result AS r ON r.period = s.period AND r.school_code = s.school_code
WHERE s.period = :period AND s.school_code IN (SELECT unnest(:schools))
