-- Why each teacher has their grade: only the rules that decided it. seq fixes the reading order
-- (grade 10-19, commendation 20-29, tier 30-39). Hours print without trailing zeros.
INSERT INTO assessment_reason (period, teacher_id, seq, rule_code, text)
SELECT period, teacher_id, 10, 'UNSCORED', '没有有效的考核评分：等次为未评分'
FROM assessment WHERE period = :period AND grade = '未评分'
UNION ALL
SELECT period, teacher_id, 11, 'ETHICS_VETO', '师德考核结论为不合格：一票否决，等次为不合格'
FROM assessment WHERE period = :period AND ethics_veto AND grade <> '未评分'
UNION ALL
SELECT period, teacher_id, 12, 'INCIDENT_VETO',
       '安全事故负主要责任、后果严重：'
           || CASE WHEN grade = '未评分' THEN '追究责任' ELSE '一票否决，等次为不合格，追究责任' END
FROM assessment WHERE period = :period AND incident_veto
UNION ALL
SELECT period, teacher_id, 13, 'GRADE_BY_TOTAL',
       '总分' || CAST(total AS VARCHAR)
           || CASE total_grade WHEN '优秀' THEN '，不低于' || :excellent_min_text
                               WHEN '合格' THEN '，不低于' || :qualified_min_text
                               WHEN '基本合格' THEN '，不低于' || :basic_min_text
                               ELSE '，低于' || :basic_min_text END
           || '：' || total_grade
FROM assessment WHERE period = :period AND grade <> '未评分' AND NOT ethics_veto AND NOT incident_veto
UNION ALL
SELECT period, teacher_id, 14, 'CAPPED', '安全事故负主要责任、后果较重，或负次要责任、后果严重：优秀调整为合格'
FROM assessment WHERE period = :period AND total_grade = '优秀' AND grade = '合格' AND capped
UNION ALL
SELECT period, teacher_id, 15, 'MEETINGS_SHORT',
       '主题班会' || meetings || '次，少于' || :meetings_min_text || '次：优秀调整为合格'
FROM assessment WHERE period = :period AND total_grade = '优秀' AND grade = '合格' AND NOT meetings_ok
UNION ALL
SELECT period, teacher_id, 16, 'TRAINING_SHORT',
       concat_ws('；',
           CASE WHEN training_district < :training_district_min
                THEN '区级培训学时' || rtrim(rtrim(CAST(training_district AS VARCHAR), '0'), '.')
                     || '，少于' || :training_district_min_text || '学时' END,
           CASE WHEN training_total < :training_total_min
                THEN '三级培训学时合计' || rtrim(rtrim(CAST(training_total AS VARCHAR), '0'), '.')
                     || '，少于' || :training_total_min_text || '学时' END)
           || '：优秀调整为合格'
FROM assessment WHERE period = :period AND total_grade = '优秀' AND grade = '合格' AND NOT training_ok
UNION ALL
SELECT period, teacher_id, 17, 'MUST_REPLACE', '等次为不合格：不得继续从事班主任工作'
FROM assessment WHERE period = :period AND must_replace
