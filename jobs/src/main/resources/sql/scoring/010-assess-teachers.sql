-- One row per accepted roster teacher: the facts of the period, the conditions, the vetoes and
-- the grade (default-scheme.md, Conditions and Grade). Validation already guarantees one accepted
-- file per school and at most one accepted score and activity row per teacher, all in that file.
INSERT INTO assessment (period, teacher_id, name, school_code, zone, school_type, stage, grade_level, class_no,
                        years, declared_tier, file, roster_sheet, roster_row, score_sheet, score_row,
                        activity_sheet, activity_row, meetings, training_district, training_total, total, tiebreak,
                        ethics_veto, incident_veto, capped, meetings_ok, training_ok, total_grade, grade,
                        must_replace, accountability)
WITH score AS (
    SELECT s.file, s.teacher_id, s.sheet, s.row_no, s.ethics_verdict,
           sum(v.value) AS total,
           list(v.value ORDER BY list_position(string_split(:tiebreak, ','), v.dimension))
               FILTER (WHERE list_contains(string_split(:tiebreak, ','), v.dimension)) AS tiebreak
    FROM score_row AS s
    JOIN score_value AS v ON v.period = s.period AND v.file = s.file AND v.row_no = s.row_no
    WHERE s.period = :period AND s.accepted
      AND list_contains(string_split(:dimensions, ','), v.dimension)
    GROUP BY s.file, s.teacher_id, s.sheet, s.row_no, s.ethics_verdict
), activity AS (
    -- Required columns, so never NULL on an accepted row; coalesce only guards a missing row.
    SELECT file, teacher_id, sheet, row_no,
           coalesce(meetings, 0) AS meetings,
           coalesce(training_district, 0) AS training_district,
           coalesce(training_district, 0) + coalesce(training_zone, 0) + coalesce(training_school, 0) AS training_total
    FROM activity_row
    WHERE period = :period AND accepted
), incident AS (
    SELECT file, teacher_id,
           bool_or(responsibility = '主要责任' AND consequence = '严重') AS veto,
           bool_or((responsibility = '主要责任' AND consequence = '较重')
                   OR (responsibility = '次要责任' AND consequence = '严重')) AS cap
    FROM incident_row
    WHERE period = :period AND accepted
    GROUP BY file, teacher_id
), facts AS (
    SELECT r.period, r.teacher_id, r.name, r.school_code, sch.zone, sch.school_type, r.stage, r.grade_level,
           r.class_no, r.years, coalesce(r.declared_tier, '普通') AS declared_tier, r.file,
           r.sheet AS roster_sheet, r.row_no AS roster_row, sc.sheet AS score_sheet, sc.row_no AS score_row,
           a.sheet AS activity_sheet, a.row_no AS activity_row,
           coalesce(a.meetings, 0) AS meetings,
           coalesce(a.training_district, 0) AS training_district,
           coalesce(a.training_total, 0) AS training_total,
           sc.total, sc.tiebreak,
           coalesce(sc.ethics_verdict = '不合格', false) AS ethics_veto,
           coalesce(i.veto, false) AS incident_veto,
           NOT coalesce(i.veto, false) AND coalesce(i.cap, false) AS capped,
           coalesce(a.meetings, 0) >= :meetings_min AS meetings_ok,
           coalesce(a.training_district, 0) >= :training_district_min
               AND coalesce(a.training_total, 0) >= :training_total_min AS training_ok,
           CASE WHEN sc.total IS NULL THEN NULL
                WHEN sc.total >= :excellent_min THEN '优秀'
                WHEN sc.total >= :qualified_min THEN '合格'
                WHEN sc.total >= :basic_min THEN '基本合格'
                ELSE '不合格' END AS total_grade
    FROM roster_row AS r
    JOIN school AS sch ON sch.period = r.period AND sch.school_code = r.school_code
    LEFT JOIN score AS sc ON sc.file = r.file AND sc.teacher_id = r.teacher_id
    LEFT JOIN activity AS a ON a.file = r.file AND a.teacher_id = r.teacher_id
    LEFT JOIN incident AS i ON i.file = r.file AND i.teacher_id = r.teacher_id
    WHERE r.period = :period AND r.accepted
), graded AS (
    SELECT *,
           CASE WHEN total_grade IS NULL THEN '未评分'
                WHEN ethics_veto OR incident_veto THEN '不合格'
                WHEN total_grade = '优秀' AND (capped OR NOT meetings_ok OR NOT training_ok) THEN '合格'
                ELSE total_grade END AS grade
    FROM facts
)
SELECT period, teacher_id, name, school_code, zone, school_type, stage, grade_level, class_no, years,
       declared_tier, file, roster_sheet, roster_row, score_sheet, score_row, activity_sheet, activity_row,
       meetings, training_district, training_total, total, tiebreak,
       -- 未评分: grade-dependent flags are false; the teacher's own incident data still counts.
       ethics_veto, incident_veto, capped, meetings_ok, training_ok, total_grade, grade,
       grade = '不合格' AS must_replace,
       incident_veto AS accountability
FROM graded
