-- ...then the run's own rows from its stage; other periods in the stage are never published back.
INSERT INTO published.{{table}} BY NAME SELECT * FROM {{table}} WHERE period = :period
