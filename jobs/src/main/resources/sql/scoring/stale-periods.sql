-- A period is stale when the history its tiers used has changed since it was scored: an earlier
-- period was scored after it, or the latest earlier period is no longer the one it used.
SELECT r.period
FROM scoring_run AS r
WHERE EXISTS (SELECT 1 FROM scoring_run AS e WHERE e.period < r.period AND e.seq > r.seq)
   OR r.prior_period IS DISTINCT FROM (SELECT max(e.period) FROM scoring_run AS e WHERE e.period < r.period)
ORDER BY r.period
