-- Which of a chunk's files already have rows: only a chunk redone after a kill finds any, since
-- a chunk's rows land in one transaction and the stage starts without the files intake reads.
SELECT file FROM intake_file WHERE period = :period AND file IN (SELECT unnest(:files))
