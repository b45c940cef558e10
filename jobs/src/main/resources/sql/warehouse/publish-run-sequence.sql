-- The scoring run's sequence number is taken at publication, so a period published after another
-- (a restarted run finishing late) orders after it, whatever its stage saw when it scored.
UPDATE published.scoring_run
SET seq = (SELECT coalesce(max(seq), 0) + 1 FROM published.scoring_run WHERE period <> :period)
WHERE period = :period
