-- The stage holds every other period as published, for tier history and the teachers' archives;
-- the run's own period is left empty for it to fill.
INSERT INTO {{table}} BY NAME SELECT * FROM published.{{table}} WHERE period <> :period
