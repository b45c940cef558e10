-- Makes storing a file idempotent: a restarted intake chunk replaces what a killed one left.
DELETE FROM {{table}} WHERE period = :period AND file = :file
