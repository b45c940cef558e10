-- A new run of a period starts its stage afresh: nothing of an earlier, abandoned run survives.
DELETE FROM {{table}}
