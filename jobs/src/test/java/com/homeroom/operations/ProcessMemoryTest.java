package com.homeroom.operations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessMemoryTest {

    @TempDir
    Path dir;

    @Test
    void theResidentPeakIsVmHwmInBytes() throws Exception {
        Path status = Files.writeString(dir.resolve("status"),
                "Name:\tjava\nVmPeak:\t 5000000 kB\nVmHWM:\t  684112 kB\nVmRSS:\t  600000 kB\n");
        assertThat(ProcessMemory.vmHwmBytes(status)).isEqualTo(684_112L * 1024);
        assertThat(ProcessMemory.vmHwmBytes(dir.resolve("missing"))).isEqualTo(-1);
    }

    @Test
    void theHeapPeakCoversWhatWasAllocatedSinceTheReset() {
        ProcessMemory.resetHeapPeak();
        byte[][] held = new byte[16][];
        for (int i = 0; i < held.length; i++) {
            held[i] = new byte[1 << 20];
        }
        assertThat(ProcessMemory.heapPeakBytes()).isGreaterThanOrEqualTo(16L << 20);
        assertThat(held[15]).hasSize(1 << 20);
    }
}
