-- Teachers graded 不合格 (不得继续从事班主任工作), with the rules that made them so.
SELECT a.zone, s.school_name, a.name, a.stage,
       ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '七年级', '八年级', '九年级',
        '高一', '高二', '高三'][a.grade_level] AS grade_level,
       a.class_no, a.total,
       (SELECT string_agg(r.text, '；' ORDER BY r.seq) FROM assessment_reason AS r
        WHERE r.period = a.period AND r.teacher_id = a.teacher_id
          AND r.rule_code IN ('ETHICS_VETO', 'INCIDENT_VETO', 'GRADE_BY_TOTAL')) AS reason
FROM assessment AS a
JOIN school AS s ON s.period = a.period AND s.school_code = a.school_code
WHERE a.period = :period AND a.must_replace
ORDER BY a.zone, a.school_code, a.merit_no NULLS LAST, a.teacher_id
