-- A kept file may have been copied or touched since it was read: its time is the file's now.
UPDATE intake_file SET modified = s.modified
FROM input_state AS s
WHERE intake_file.period = :period AND intake_file.file = s.file
