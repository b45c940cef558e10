UPDATE {{rows}} AS r
SET accepted = r.value_ok
    AND r.file IN (SELECT file FROM intake_file WHERE period = :period AND status = 'accepted')
    AND NOT EXISTS (SELECT 1 FROM problem AS p
                    WHERE p.period = r.period AND p.file = r.file AND p.sheet = r.sheet
                      AND p.row_no = r.row_no AND p.severity = 'error')
WHERE r.period = :period
