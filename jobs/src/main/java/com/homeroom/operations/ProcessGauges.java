package com.homeroom.operations;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What this process has used: the peak of the Java heap since the last reset, the peak resident set
 * size of the whole process (heap, DuckDB's native memory, code, threads) and its CPU time (all its
 * threads: workers, garbage collector, compiler). Recorded per step by {@link RunObserver}, so that
 * a run's figures can be read from the job repository; CPU time, unlike wall time, hardly depends on
 * what else the machine is running.
 */
final class ProcessGauges {

    static final String HEAP_PEAK = "homeroom.heapPeakBytes";
    static final String RSS_PEAK = "homeroom.rssPeakBytes";
    static final String CPU = "homeroom.cpuNanos";
    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessGauges() {
    }

    /**
     * The heap pools' peaks added up. Each pool has its own peak, reached at its own moment, so the
     * sum is an upper bound of the heap in use at any one time (close to it for a batch job, whose
     * old generation only grows between collections).
     */
    static long heapPeakBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** CPU time of the whole process so far, in nanoseconds; -1 where the JVM does not tell. */
    static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    static void resetHeapPeak() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /**
     * The process's resident high-water mark ({@code VmHWM} of {@code /proc/self/status}), which only
     * grows; -1 where there is no such file (not Linux).
     */
    static long rssPeakBytes() {
        return vmHwmBytes(STATUS);
    }

    static long vmHwmBytes(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
