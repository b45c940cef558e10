package com.homeroom.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodFolderTest {

    @TempDir
    Path out;

    @Test
    void publishingSwitchesThePeriodFolderAndDropsTheVersionItReplaced() throws Exception {
        PeriodFolder folder = new PeriodFolder(out, "2025-2026");
        Files.createDirectories(folder.working("r1").resolve("district"));
        Files.writeString(folder.working("r1").resolve("district/intake.csv"), "first");
        folder.publish("r1");
        assertThat(out.resolve("2025-2026/district/intake.csv")).hasContent("first");

        Files.createDirectories(folder.working("r2").resolve("district"));
        Files.writeString(folder.working("r2").resolve("district/intake.csv"), "second");
        assertThat(out.resolve("2025-2026/district/intake.csv")).as("not visible before the switch").hasContent("first");
        folder.publish("r2");

        assertThat(out.resolve("2025-2026/district/intake.csv")).hasContent("second");
        assertThat(folder.working("r1")).doesNotExist();
        assertThat(Files.isSymbolicLink(out.resolve("2025-2026"))).isTrue();
    }

    @Test
    void republishingTheSameRunKeepsIt() throws Exception {
        PeriodFolder folder = new PeriodFolder(out, "2025-2026");
        Files.createDirectories(folder.working("r1"));
        folder.publish("r1");
        folder.publish("r1");
        assertThat(folder.working("r1")).isDirectory();
        assertThat(out.resolve("2025-2026")).isDirectory();
    }

    @Test
    void aPlainFolderFromBeforeIsReplacedToo() throws Exception {
        Files.createDirectories(out.resolve("2025-2026/district"));
        Files.writeString(out.resolve("2025-2026/district/old.csv"), "old");
        PeriodFolder folder = new PeriodFolder(out, "2025-2026");
        Files.createDirectories(folder.working("r3"));
        folder.publish("r3");
        assertThat(out.resolve("2025-2026/district/old.csv")).doesNotExist();
        assertThat(Files.isSymbolicLink(out.resolve("2025-2026"))).isTrue();
    }

    @Test
    void otherPeriodsAreUntouched() throws Exception {
        PeriodFolder earlier = new PeriodFolder(out, "2024-2025");
        Files.createDirectories(earlier.working("r1"));
        earlier.publish("r1");
        PeriodFolder later = new PeriodFolder(out, "2025-2026");
        Files.createDirectories(later.working("r2"));
        later.publish("r2");
        assertThat(out.resolve("2024-2025")).isDirectory();
        assertThat(earlier.working("r1")).isDirectory();
    }
}
