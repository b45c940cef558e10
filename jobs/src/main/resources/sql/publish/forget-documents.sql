-- The rows of documents about to be recorded again (a partition done again after a kill).
DELETE FROM document_digest WHERE period = :period AND path IN (SELECT unnest(:paths))
