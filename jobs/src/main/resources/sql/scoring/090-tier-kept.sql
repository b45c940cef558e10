-- Tier steps 1 and 2. 未评分: the prior tier stays, and the teacher counts in no step below.
-- Step 1: a prior 首席 graded 优秀 stays 首席. Step 2: prior 骨干, and prior 首席 not kept, are 骨干
-- when graded 优秀 or 合格 and not capped, else 普通. Prior 普通 is 普通 until step 3.
UPDATE assessment
SET tier = CASE
        WHEN grade = '未评分' THEN prior_tier
        WHEN prior_tier = '首席' AND grade = '优秀' THEN '首席'
        WHEN prior_tier IN ('首席', '骨干') AND grade IN ('优秀', '合格') AND NOT capped THEN '骨干'
        ELSE '普通' END
WHERE period = :period
