-- The run's input files as they are now, for this connection only.
CREATE TEMP TABLE input_state (file VARCHAR PRIMARY KEY, sha256 VARCHAR NOT NULL, modified TIMESTAMP NOT NULL)
