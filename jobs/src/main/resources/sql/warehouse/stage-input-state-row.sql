INSERT INTO input_state VALUES (:file, :sha256, :modified)
