-- homeroom bench: the rows of one intake table of the period, as intake stored them, to be
-- loaded again into a fresh warehouse by plain JDBC and by the Appender.
SELECT * FROM {{table}} WHERE period = :period
