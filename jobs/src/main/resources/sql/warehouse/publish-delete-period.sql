-- Publishing replaces the period's published rows: first the old run's go (same transaction).
DELETE FROM published.{{table}} WHERE period = :period
