-- One document of the run's folder and the digest of its data; a partition done again replaces it.
INSERT OR REPLACE INTO document_digest (period, path, digest, sha256, bytes)
VALUES (:period, :path, :digest, :sha256, :bytes)
