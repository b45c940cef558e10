-- Makes storing a chunk idempotent: a restarted intake chunk replaces what a killed one left.
DELETE FROM {{table}} WHERE period = :period AND file IN (SELECT unnest(:files))
