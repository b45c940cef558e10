-- What the published folder of the period holds, as recorded when the run began (see PeriodStage).
SELECT path, digest, sha256, bytes FROM published_document WHERE period = :period
