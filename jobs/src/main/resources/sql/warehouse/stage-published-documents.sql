-- The documents the published folder of the period holds, as its run recorded them: a document of
-- this run with the same digest is taken from there. Copied at the start, so a restart of the run
-- decides as its first execution did.
INSERT INTO published_document BY NAME
SELECT * FROM published.document_digest WHERE period = :period
