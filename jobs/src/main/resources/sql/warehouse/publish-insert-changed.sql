-- ...then the run's rows that are not there yet. Set semantics are exact here: the table's key
-- holds the period, so no two rows of the stage are alike.
INSERT INTO published.{{table}} BY NAME
(SELECT * FROM {{table}} WHERE period = :period
 EXCEPT
 SELECT * FROM published.{{table}} WHERE period = :period)
