SELECT
    (SELECT count(*) FROM intake_file WHERE period = :period AND status = 'accepted'),
    (SELECT count(*) FROM intake_file WHERE period = :period AND status = 'rejected'),
    (SELECT count(*) FROM intake_file WHERE period = :period AND status = 'superseded'),
    (SELECT count(*) FROM school AS s WHERE s.period = :period
        AND NOT EXISTS (SELECT 1 FROM intake_file AS f
                        WHERE f.period = s.period AND f.school_code = s.school_code AND f.status = 'accepted')),
    (SELECT count(*) FROM roster_row WHERE period = :period AND accepted),
    (SELECT count(*) FROM problem WHERE period = :period AND severity = 'error'),
    (SELECT count(*) FROM problem WHERE period = :period AND severity = 'warning')
