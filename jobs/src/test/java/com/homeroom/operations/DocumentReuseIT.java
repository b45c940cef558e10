package com.homeroom.operations;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.homeroom.operations.SixSchools.PERIOD;
import static com.homeroom.operations.SixSchools.changedInput;
import static com.homeroom.operations.SixSchools.outputs;
import static com.homeroom.operations.SixSchools.writeInput;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A re-run after one school corrected a score keeps every school's and teacher's document whose
 * data did not change (linked from the published folder) and renders the others, and its folder is
 * file for file, byte for byte, that of a full run of the corrected inputs in a fresh data folder,
 * also when it was killed halfway through the archives and continued, and when a published file
 * was changed by hand.
 */
class DocumentReuseIT {

    static final String REPORT_OF_SCHOOL_2 = "schools/凤凰学区/S-002_第2小学/学校反馈报告_" + PERIOD + ".pdf";

    @TempDir
    static Path dir;
    static Path changed;
    static Map<String, String> fresh;
    static Map<String, String> before;
    static CliProcess.Outcome rerun;

    @BeforeAll
    static void runFreshThenReRun() throws Exception {
        writeInput(Files.createDirectories(dir.resolve("in")));
        changed = changedInput(dir.resolve("in"), dir.resolve("changed"));
        Path full = Files.createDirectories(dir.resolve("fresh"));
        assertThat(CliProcess.run(full, args(changed)).exitCode()).isZero();
        fresh = outputs(full);

        Path work = Files.createDirectories(dir.resolve("rerun"));
        assertThat(CliProcess.run(work, args(dir.resolve("in"))).exitCode()).isZero();
        before = outputs(work);
        rerun = CliProcess.run(work, args(changed));
        assertThat(rerun.exitCode()).as(rerun.err() + rerun.out()).isZero();
    }

    @Test
    void keepsExactlyTheDocumentsWhoseDataDidNotChangeAndEqualsAFullRun() throws Exception {
        assertThat(outputs(dir.resolve("rerun"))).isEqualTo(fresh);
        // every document names the digest of its data: unchanged bytes ⇔ unchanged data ⇔ kept
        long unchangedSchoolFiles = unchanged("schools/");
        long unchangedArchives = unchanged("teachers/");
        assertThat(kept("schoolReportStep")).isEqualTo(unchangedSchoolFiles).isPositive();
        assertThat(kept("archiveStep")).isEqualTo(unchangedArchives).isPositive();
        assertThat(unchangedArchives).isLessThan(12); // T0001-2's own archive was rendered again
        assertThat(fresh).containsKey(REPORT_OF_SCHOOL_2);
        assertThat(before.get(REPORT_OF_SCHOOL_2)).isNotEqualTo(fresh.get(REPORT_OF_SCHOOL_2));
    }

    @Test
    void theChangedSchoolsReportShowsTheCorrectedScore() throws Exception {
        String text = text(dir.resolve("rerun/out").resolve(PERIOD).resolve(REPORT_OF_SCHOOL_2));

        assertThat(text).containsPattern("T0001-2小学三年级2班11\\.0");
        assertThat(text).contains("数据来源：考核周期2025-2026·方案").contains("·数据").doesNotContain("·输入");
    }

    /**
     * Killed while the archives of the re-run were rendered (one partition held at its start), and
     * with one published archive changed by hand before: continued, the run still ends with the
     * files of a full run; the changed file was not taken.
     */
    @Test
    void aReRunKilledInTheArchivesAndContinuedTakesNoChangedFileAndEqualsAFullRun() throws Exception {
        Path work = Files.createDirectories(dir.resolve("killed"));
        assertThat(CliProcess.run(work, args(dir.resolve("in"))).exitCode()).isZero();
        Path tampered = work.resolve("out").resolve(PERIOD).resolve("teachers/S-005/T0002-5.pdf");
        Files.write(tampered, new byte[]{'%'}, java.nio.file.StandardOpenOption.APPEND);

        CliProcess.Running doomed = CliProcess.start(work, List.of("-Dhomeroom.test.pause-at=archiveWorker:partition1"),
                args(changed));
        doomed.awaitOutput("TEST PAUSE at archiveWorker:partition1", 120);
        doomed.kill();
        CliProcess.Outcome again = CliProcess.run(work, args(changed));

        assertThat(again.exitCode()).as(again.err() + again.out()).isZero();
        assertThat(again.out()).contains("继续上次未完成的运行");
        assertThat(outputs(work)).isEqualTo(fresh);
    }

    private static long unchanged(String prefix) {
        return fresh.keySet().stream().filter(p -> p.startsWith(prefix))
                .filter(p -> fresh.get(p).equals(before.get(p))).count();
    }

    private static long kept(String step) {
        // the run summary's line (the log line of the step's end says the same)
        var m = Pattern.compile("(?m)^  " + step + " .*未变化、沿用 (\\d+)").matcher(rerun.out());
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private static String[] args(Path input) {
        return new String[]{"run", "--period", PERIOD, "--input", input.toString(), "--as-of", "2026-07-01"};
    }
}
