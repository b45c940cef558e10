package com.homeroom.operations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessGaugesTest {

    @TempDir
    Path dir;

    @Test
    void theResidentPeakIsVmHwmInBytes() throws Exception {
        Path status = Files.writeString(dir.resolve("status"),
                "Name:\tjava\nVmPeak:\t 5000000 kB\nVmHWM:\t  684112 kB\nVmRSS:\t  600000 kB\n");
        assertThat(ProcessGauges.vmHwmBytes(status)).isEqualTo(684_112L * 1024);
        assertThat(ProcessGauges.vmHwmBytes(dir.resolve("missing"))).isEqualTo(-1);
    }

    @Test
    void theHeapPeakCoversWhatWasAllocatedSinceTheReset() {
        ProcessGauges.resetHeapPeak();
        byte[][] held = new byte[16][];
        for (int i = 0; i < held.length; i++) {
            held[i] = new byte[1 << 20];
        }
        assertThat(ProcessGauges.heapPeakBytes()).isGreaterThanOrEqualTo(16L << 20);
        assertThat(held[15]).hasSize(1 << 20);
    }

    @Test
    void cpuTimeGrowsWithWork() {
        long before = ProcessGauges.cpuNanos();
        long sum = 0;
        for (long i = 0; i < 200_000_000L; i++) {
            sum += i ^ (sum >>> 3);
        }
        assertThat(sum).isNotZero();
        assertThat(ProcessGauges.cpuNanos()).isGreaterThan(before);
    }
}
