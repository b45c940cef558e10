-- Files of the period already in the stage: kept from the published run, or stored by a killed run.
SELECT file FROM intake_file WHERE period = :period
