-- Why a 优秀 teacher was or was not commended, and who was recommended to the city.
INSERT INTO assessment_reason (period, teacher_id, seq, rule_code, text)
SELECT a.period, a.teacher_id, 20, 'COMMENDED_ZONE',
       a.zone || a.stage || '分配区级优秀班主任名额' || s.seats || '名，按综合排序获评区级优秀班主任'
FROM assessment AS a
JOIN commendation_seat AS s ON s.period = a.period AND s.stage = a.stage AND s.zone = a.zone
WHERE a.period = :period AND a.commended_seat = 'zone'
UNION ALL
SELECT period, teacher_id, 20, 'COMMENDED_POOL',
       '各学区未用完的名额转入全区' || stage || '统筹，按综合排序获评区级优秀班主任'
FROM assessment WHERE period = :period AND commended_seat = 'pool'
UNION ALL
SELECT period, teacher_id, 21, 'CITY_RECOMMENDED',
       '在全区' || stage || '区级优秀班主任中按综合排序推荐为市级优秀班主任'
FROM assessment WHERE period = :period AND city_recommended
UNION ALL
SELECT period, teacher_id, 22, 'COMMEND_YEARS_SHORT',
       '担任班主任年限' || rtrim(rtrim(CAST(years AS VARCHAR), '0'), '.') || '年，不足'
           || :commend_min_years_text || '年：不参评区级优秀班主任'
FROM assessment WHERE period = :period AND grade = '优秀' AND years < :commend_min_years
UNION ALL
SELECT a.period, a.teacher_id, 23, 'COMMEND_NO_SEAT',
       '等次为优秀，但' || a.zone || a.stage || '名额' || s.seats || '名及全区统筹名额已按综合排序用完：未获评区级优秀班主任'
FROM assessment AS a
JOIN commendation_seat AS s ON s.period = a.period AND s.stage = a.stage AND s.zone = a.zone
WHERE a.period = :period AND a.grade = '优秀' AND a.years >= :commend_min_years AND NOT a.commended
