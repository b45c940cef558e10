package com.homeroom.operations;

import com.homeroom.intake.InputFolder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Splits the input folder's workbooks into {@code gridSize} partitions, round robin in path order.
 * A partition names its files by their index in that order (a file name may hold any character,
 * a line break included); a restart sees the same list, as it needs the same input fingerprint.
 * Not final: the step scope proxies it by subclassing.
 */
class InputFilePartitioner implements Partitioner {

    static final String FILES = "files";

    private final Path input;

    InputFilePartitioner(Path input) {
        this.input = input;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int count;
        try {
            count = InputFolder.workbooks(input).size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + input, e);
        }
        Map<String, ExecutionContext> partitions = new TreeMap<>();
        for (int p = 0; p < gridSize; p++) {
            StringJoiner indexes = new StringJoiner(",");
            for (int i = p; i < count; i += gridSize) {
                indexes.add(Integer.toString(i));
            }
            ExecutionContext context = new ExecutionContext();
            context.putString(FILES, indexes.toString());
            partitions.put("partition" + p, context);
        }
        return partitions;
    }
}
