-- homeroom bench: the steps of the latest job execution in the job repository (H2), in the order
-- they ran, with their counts (filtered: files kept unchanged, not read or rendered again) and the execution context where the run observer left its memory peaks.
SELECT s.STEP_NAME, s.STATUS, s.START_TIME, s.END_TIME, s.READ_COUNT, s.WRITE_COUNT, s.FILTER_COUNT,
       c.SHORT_CONTEXT, c.SERIALIZED_CONTEXT
FROM BATCH_STEP_EXECUTION AS s
LEFT JOIN BATCH_STEP_EXECUTION_CONTEXT AS c ON c.STEP_EXECUTION_ID = s.STEP_EXECUTION_ID
WHERE s.JOB_EXECUTION_ID = (SELECT max(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)
ORDER BY s.START_TIME, s.STEP_EXECUTION_ID
