-- By name: a stage made by an older build may have its columns in another order.
INSERT INTO {{table}} BY NAME SELECT * FROM part.{{table}} WHERE period = :period
