-- {{table}} is one of the period-keyed tables, named by code.
DELETE FROM {{table}} WHERE period = :period
