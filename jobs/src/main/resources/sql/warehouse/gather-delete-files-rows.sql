-- A partition's files replace whatever the stage holds of them (a partition done again after a kill
-- may have been gathered before, in part).
DELETE FROM {{table}} WHERE period = :period AND file IN (SELECT file FROM part.intake_file WHERE period = :period)
