-- tier_change from (prior_tier, tier); 未评分 is always 无变化 (its tier is the prior one anyway).
UPDATE assessment
SET tier_change = CASE
        WHEN grade = '未评分' THEN '无变化'
        WHEN prior_tier = '首席' AND tier = '首席' THEN '保留首席'
        WHEN prior_tier = '首席' AND tier = '骨干' THEN '首席降为骨干'
        WHEN prior_tier = '首席' THEN '首席降为普通'
        WHEN tier = '首席' THEN '新晋首席'
        WHEN prior_tier = '骨干' AND tier = '骨干' THEN '保留骨干'
        WHEN prior_tier = '骨干' THEN '退出骨干'
        WHEN tier = '骨干' THEN '新晋骨干'
        ELSE '无变化' END
WHERE period = :period
