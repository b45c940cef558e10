-- Files that failed a whole-file check during intake.
UPDATE intake_file SET status = 'rejected'
WHERE period = :period AND failure_code IS NOT NULL
