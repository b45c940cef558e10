-- A superseded file is rejected whole: its row-level problems are not the school's to fix.
DELETE FROM problem
WHERE period = :period
  AND file IN (SELECT file FROM intake_file WHERE period = :period AND status = 'superseded')
