package com.homeroom.intake;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** outputs.md "CSV contract" and operations.md formula neutralising, on the two intake CSVs byte by byte. */
class IntakeCsvFormatTest {

    @TempDir
    static Path dir;
    static District district;
    static byte[] rejects;
    static byte[] intake;

    @BeforeAll
    static void runIntake() throws Exception {
        district = new District(dir);
        SchoolWorkbook w = district.school("F01");
        w.roster.set(0, Rows.rosterWith(w.roster.get(0), "性别", "男,女"));
        w.roster.set(1, Rows.rosterWith(w.roster.get(1), "性别", "=1+1"));
        w.writeTo(district.file("F01-格式.xlsx"));
        SchoolWorkbook unknown = SchoolWorkbook.twoTeachers();
        unknown.schoolCode = "ZZ-1";
        unknown.writeTo(district.file("F-未知学校.xlsx"));
        district.run();
        Path out = dir.resolve("work/out/2025-2026/district");
        rejects = Files.readAllBytes(out.resolve("rejects.csv"));
        intake = Files.readAllBytes(out.resolve("intake.csv"));
    }

    @AfterAll
    static void closeWarehouse() throws Exception {
        district.close();
    }

    private static List<String> lines(byte[] bytes) {
        return Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\r\n", -1));
    }

    @Test
    void bothFilesAreUtf8WithoutBomWithCrlfLineEnds() {
        for (byte[] file : List.of(rejects, intake)) {
            assertThat(Arrays.copyOf(file, 3)).isNotEqualTo(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            assertThat(new String(file, StandardCharsets.UTF_8)).endsWith("\r\n").doesNotContain("\r\n\r\n")
                    .doesNotContainPattern("[^\r]\n");
        }
    }

    @Test
    void headerLinesAreExactlyTheContractsHeaders() {
        assertThat(lines(rejects).get(0)).isEqualTo("period,file,school_code,sheet,row,column,value,severity,code,message");
        assertThat(lines(intake).get(0)).isEqualTo("period,file,school_code,status,reason,roster_read,roster_loaded,"
                + "roster_rejected,scores_read,scores_loaded,scores_rejected,activity_read,activity_loaded,"
                + "activity_rejected,incidents_read,incidents_loaded,incidents_rejected");
    }

    @Test
    void aValueOrMessageWithACommaIsQuotedAndAValueStartingWithEqualsIsWrittenAsText() {
        List<String> lines = lines(rejects);
        assertThat(lines).hasSize(5).last().isEqualTo("");
        assertThat(lines.get(1)).startsWith("2025-2026,F-未知学校.xlsx,,,,,,error,UNKNOWN_SCHOOL,").doesNotContain("\"");
        assertThat(lines.get(2)).startsWith("2025-2026,F01-格式.xlsx,F01,班主任名册,2,性别,\"男,女\",warning,"
                + "INVALID_OPTIONAL,\"第2行「性别」为男,女").endsWith("\"");
        assertThat(lines.get(3)).startsWith("2025-2026,F01-格式.xlsx,F01,班主任名册,3,性别,'=1+1,warning,"
                + "INVALID_OPTIONAL,第3行「性别」为=1+1").doesNotContain("\"");
    }

    @Test
    void intakeLinesGiveCountsOnlyForAcceptedFiles() {
        assertThat(lines(intake).subList(1, 3)).containsExactly(
                "2025-2026,F-未知学校.xlsx,,rejected,UNKNOWN_SCHOOL,,,,,,,,,,,,",
                "2025-2026,F01-格式.xlsx,F01,accepted,,2,2,0,2,2,0,2,2,0,0,0,0");
    }
}
