-- Where the prior tier came from, and which tier step decided the new one.
INSERT INTO assessment_reason (period, teacher_id, seq, rule_code, text)
SELECT period, teacher_id, 30, CASE WHEN prior_period IS NULL THEN 'PRIOR_TIER_ROSTER' ELSE 'PRIOR_TIER_HISTORY' END,
       CASE WHEN prior_period IS NULL THEN '无上期考核结果，按名册现任梯队：' || prior_tier
            ELSE '上期（' || prior_period || '）梯队：' || prior_tier END
FROM assessment WHERE period = :period
UNION ALL
SELECT a.period, a.teacher_id, 31,
       CASE WHEN a.grade = '未评分' THEN 'TIER_UNSCORED'
            WHEN a.tier_change = '保留首席' THEN 'CHIEF_KEPT'
            WHEN a.tier_change = '首席降为骨干' THEN 'CHIEF_TO_BACKBONE'
            WHEN a.tier_change = '首席降为普通' THEN 'CHIEF_TO_REGULAR'
            WHEN a.tier_change = '新晋首席' THEN 'CHIEF_NEW'
            WHEN a.tier_change = '保留骨干' AND a.chief_position IS NOT NULL THEN 'CHIEF_NO_SEAT'
            WHEN a.tier_change = '保留骨干' THEN 'BACKBONE_KEPT'
            WHEN a.tier_change = '退出骨干' THEN 'BACKBONE_EXIT'
            WHEN a.tier_change = '新晋骨干' THEN 'BACKBONE_NEW'
            ELSE 'REGULAR_STAYS' END,
       CASE WHEN a.grade = '未评分'
                THEN '本期未评分：梯队保持为' || a.tier || CASE WHEN a.tier = '首席' THEN '，不计入首席名额' ELSE '' END
            WHEN a.tier_change IN ('保留首席', '首席降为骨干', '首席降为普通', '保留骨干', '退出骨干')
                 AND a.chief_position IS NULL
                THEN '上期为' || a.prior_tier || '、本期等次为' || a.grade
                     || CASE WHEN a.capped AND a.grade = '合格'
                             THEN '，但有安全事故负主要责任、后果较重或负次要责任、后果严重' ELSE '' END
                     || '：' || a.tier_change
            WHEN a.tier_change = '新晋首席'
                THEN '上期为骨干、本期等次为优秀，主题班会' || a.meetings || '次，担任班主任'
                     || rtrim(rtrim(CAST(a.years AS VARCHAR), '0'), '.') || '年，在' || a.school_type || '（' || a.stage
                     || '）本期新增首席名额' || c.seats || '名中按综合排序为第' || a.chief_position || '名：新晋首席'
            WHEN a.tier_change = '保留骨干'
                THEN '符合新晋首席条件，但' || a.school_type || '（' || a.stage || '）本期新增首席名额' || c.seats
                     || '名，按综合排序为候选第' || a.chief_position || '名：保留骨干'
            WHEN a.tier_change = '新晋骨干'
                THEN '上期为普通、本期等次为优秀，担任班主任' || rtrim(rtrim(CAST(a.years AS VARCHAR), '0'), '.')
                     || '年，在' || a.zone || a.stage || '综合排序第' || a.zone_stage_position || '名（前'
                     || a.backbone_cutoff || '名）：新晋骨干'
            WHEN a.grade <> '优秀'
                THEN '上期为普通、本期等次为' || a.grade || '：仍为普通'
            WHEN a.years < :backbone_min_years
                THEN '上期为普通、本期等次为优秀，但担任班主任年限' || rtrim(rtrim(CAST(a.years AS VARCHAR), '0'), '.')
                     || '年，不足' || :backbone_min_years_text || '年：仍为普通'
            ELSE '上期为普通、本期等次为优秀，但在' || a.zone || a.stage || '综合排序第' || a.zone_stage_position
                 || '名，不在前' || a.backbone_cutoff || '名：仍为普通' END
FROM assessment AS a
LEFT JOIN chief_seat AS c ON c.period = a.period AND c.school_type = a.school_type AND c.stage = a.stage
WHERE a.period = :period
