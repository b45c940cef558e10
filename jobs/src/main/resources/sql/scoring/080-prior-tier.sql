-- prior_tier: the teacher's tier in the latest earlier period scored in the warehouse (that one
-- period only); a teacher absent from it (new, row rejected, school not submitted) falls back to
-- the roster's 现任梯队. History wins over what the roster declares.
UPDATE assessment AS a
SET prior_period = h.period,
    prior_tier = coalesce(h.tier, a.declared_tier)
FROM (
    SELECT t.teacher_id, p.period, p.tier
    FROM assessment AS t
    LEFT JOIN assessment AS p
      ON p.teacher_id = t.teacher_id
     AND p.period = (SELECT max(period) FROM scoring_run WHERE period < :period)
    WHERE t.period = :period
) AS h
WHERE a.period = :period AND a.teacher_id = h.teacher_id
