package com.homeroom.operations;

import com.homeroom.publish.SchoolFolders;
import com.homeroom.warehouse.Warehouse;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits the period's schools into {@code gridSize} partitions (round robin in code order, so big
 * and small schools mix). A partition is the unit a restart skips when it completed, and the seam
 * for remote partitioning: a worker needs nothing but its list of school codes. Not final: the
 * step scope proxies it by subclassing.
 */
class SchoolPartitioner implements Partitioner {

    static final String SCHOOLS = "schools";

    private final Warehouse warehouse;
    private final String period;

    SchoolPartitioner(Warehouse warehouse, String period) {
        this.warehouse = warehouse;
        this.period = period;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < gridSize; i++) {
            groups.add(new ArrayList<>());
        }
        try {
            List<SchoolFolders.SchoolFolder> schools = SchoolFolders.of(warehouse, period);
            for (int i = 0; i < schools.size(); i++) {
                groups.get(i % gridSize).add(schools.get(i).code());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the schools of " + period, e);
        }
        Map<String, ExecutionContext> partitions = new TreeMap<>();
        for (int i = 0; i < gridSize; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putString(SCHOOLS, String.join(",", groups.get(i)));
            partitions.put("partition" + i, context);
        }
        return partitions;
    }
}
