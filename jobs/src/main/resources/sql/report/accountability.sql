-- 追究责任: each accepted incident with 主要责任 and 严重 of a teacher assessed in the period.
SELECT a.zone, s.school_name, a.name, a.stage,
       ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '七年级', '八年级', '九年级',
        '高一', '高二', '高三'][a.grade_level] AS grade_level,
       a.class_no, i.incident_date, i.summary, i.responsibility, i.consequence
FROM assessment AS a
JOIN school AS s ON s.period = a.period AND s.school_code = a.school_code
JOIN incident_row AS i ON i.period = a.period AND i.file = a.file AND i.teacher_id = a.teacher_id AND i.accepted
WHERE a.period = :period AND i.responsibility = '主要责任' AND i.consequence = '严重'
ORDER BY a.zone, a.school_code, a.teacher_id, i.incident_date NULLS LAST, i.row_no
