-- A partition's documents replace the stage's record of the same paths.
DELETE FROM document_digest WHERE period = :period AND path IN (SELECT path FROM part.document_digest WHERE period = :period)
