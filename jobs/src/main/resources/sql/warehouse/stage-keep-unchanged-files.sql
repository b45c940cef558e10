-- A file with the bytes and the basis the published period was read with keeps its rows, and
-- intake skips it: they are what reading it again would give. (Validation runs again over them.)
INSERT INTO {{table}} BY NAME
SELECT p.*
FROM published.{{table}} AS p
WHERE p.period = :period
  AND p.file IN (SELECT i.file
                 FROM published.intake_file AS i
                 JOIN input_state AS s ON s.file = i.file AND s.sha256 = i.sha256
                 JOIN published.intake_basis AS b ON b.period = i.period AND b.basis = :basis
                 WHERE i.period = :period)
