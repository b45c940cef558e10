INSERT INTO problem
SELECT f.period, f.file, f.school_code, NULL, -1, NULL, NULL, -1, NULL, 'warning', 'SUPERSEDED',
       '同一学校本周期另有较新的文件' || w.file || '，本文件未采用',
       'validate'
FROM intake_file AS f
JOIN intake_file AS w
  ON w.period = f.period AND w.school_code = f.school_code AND w.status = 'accepted'
WHERE f.period = :period AND f.status = 'superseded'
