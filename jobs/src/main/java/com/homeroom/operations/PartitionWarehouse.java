package com.homeroom.operations;

import com.homeroom.warehouse.PeriodStage;
import com.homeroom.warehouse.Warehouse;

import java.sql.SQLException;

/**
 * The warehouse one partition of a partitioned step works with: where it reads the run's data and
 * where it writes its own rows. Partitions on the run's own threads read and write the run's stage.
 * A partition in a worker process reads the stage as a file the run has let go of for the while
 * (read-only, shared with the other workers) and writes a file of its own that the run gathers into
 * the stage afterwards (PartitionFiles). One per step execution (step scope), closed at its end.
 * Not final, and its constructor not private: the step scope hands out a subclassing proxy.
 */
public class PartitionWarehouse implements AutoCloseable {

    private final Warehouse reading;
    private final Warehouse writing;
    private final boolean own;

    PartitionWarehouse(Warehouse reading, Warehouse writing, boolean own) {
        this.reading = reading;
        this.writing = writing;
        this.own = own;
    }

    /** The run's own stage, for both; closing this leaves the stage open. */
    static PartitionWarehouse shared(Warehouse stage) {
        return new PartitionWarehouse(stage, stage, false);
    }

    /** In a worker process: the stage read-only, and the partition's own file. */
    static PartitionWarehouse worker(PeriodStage stage, String partition) throws SQLException {
        Warehouse reading = Warehouse.openReadOnly(stage.file());
        try {
            return new PartitionWarehouse(reading, stage.partitions().open(partition), true);
        } catch (SQLException | RuntimeException e) {
            reading.close();
            throw e;
        }
    }

    public Warehouse reading() {
        return reading;
    }

    public Warehouse writing() {
        return writing;
    }

    @Override
    public void close() throws SQLException {
        if (own) {
            try {
                writing.close();
            } finally {
                reading.close();
            }
        }
    }
}
