package com.homeroom.intake;

import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * Reads every row of one sheet and prints how many and the heap it took: run in a child JVM with
 * a fixed heap by {@link BigWorkbookIT}, streamed or (third argument {@code usermodel}) through
 * POI's usermodel for comparison.
 */
public final class SheetReadProbe {

    private SheetReadProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        boolean usermodel = args.length > 2 && args[2].equals("usermodel");
        long rows = 0;
        long start = System.nanoTime();
        try (WorkbookSource source = usermodel
                ? new PoiWorkbookSource(WorkbookFactory.create(file.toFile(), null, true)) : XlsxWorkbookSource.open(file)) {
            for (SheetRow ignored : source.rows(args[1])) {
                rows++;
            }
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("rows=" + rows + " peakHeapMB=" + peak / (1024 * 1024)
                + " seconds=" + (System.nanoTime() - start) / 1_000_000_000.0);
    }
}
