-- homeroom bench: what the run of the period handled, to turn step times into rates.
SELECT (SELECT count(*) FROM school WHERE period = :period) AS schools,
       (SELECT count(*) FROM intake_file WHERE period = :period) AS files,
       (SELECT count(*) FROM roster_row WHERE period = :period)
         + (SELECT count(*) FROM score_row WHERE period = :period)
         + (SELECT count(*) FROM score_value WHERE period = :period)
         + (SELECT count(*) FROM activity_row WHERE period = :period)
         + (SELECT count(*) FROM incident_row WHERE period = :period)
         + (SELECT count(*) FROM problem WHERE period = :period) AS intake_rows,
       (SELECT count(*) FROM assessment WHERE period = :period) AS teachers
