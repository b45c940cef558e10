-- The scheme behind the period's results and the history it used; seq orders scoring runs.
INSERT INTO scoring_run
SELECT :period, :scheme_version, :scheme_name, :scheme_hash,
       (SELECT max(period) FROM scoring_run WHERE period < :period),
       (SELECT coalesce(max(seq), 0) + 1 FROM scoring_run)
