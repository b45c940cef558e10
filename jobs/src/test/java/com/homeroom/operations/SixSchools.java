package com.homeroom.operations;

import com.homeroom.intake.SchoolWorkbook;
import com.homeroom.intake.TestWorkbook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The small district of the re-run and restart tests: six schools of two teachers each (three files
 * for each of the two intake partitions), and the same folder after one school corrected a score.
 */
final class SixSchools {

    static final String PERIOD = "2025-2026";

    private SixSchools() {
    }

    static void writeInput(Path input) throws Exception {
        TestWorkbook registry = TestWorkbook.xlsx().sheet("学校名录").row("学校代码", "学校名称", "学区", "学校类型");
        for (int i = 1; i <= 6; i++) {
            registry.row("S-00" + i, "第" + i + "小学", i <= 3 ? "凤凰学区" : "区直", "小学");
        }
        registry.writeTo(input.resolve("学校名录.xlsx"));
        for (int i = 1; i <= 6; i++) {
            school(i).writeTo(input.resolve("学校" + i + ".xlsx"));
        }
    }

    /** A copy of the six schools with 师德师风 of T0001-2 changed from 14 to 11 in 学校2.xlsx. */
    static Path changedInput(Path original, Path input) throws Exception {
        Files.createDirectories(input);
        try (Stream<Path> files = Files.list(original)) {
            for (Path f : files.toList()) {
                Files.copy(f, input.resolve(f.getFileName().toString()));
            }
        }
        SchoolWorkbook school2 = school(2);
        school2.scores.get(0)[2] = 11;
        school2.writeTo(input.resolve("学校2.xlsx"));
        return input;
    }

    static SchoolWorkbook school(int i) {
        SchoolWorkbook school = SchoolWorkbook.twoTeachers();
        school.schoolCode = "S-00" + i;
        school.schoolName = "第" + i + "小学";
        school.fillDate = LocalDate.of(2025, 12, i);
        String suffix = "-" + i;
        for (List<Object[]> rows : List.of(school.roster, school.scores, school.activity)) {
            rows.forEach(r -> r[0] = r[0] + suffix);
        }
        if (i == 4) {
            school.scores.get(0)[3] = 18; // one rejected row, so the reject list is not empty
        }
        return school;
    }

    /** Every published file by relative path, with the SHA-256 of its bytes (PDFs included). */
    static Map<String, String> outputs(Path work) throws Exception {
        Path period = work.resolve("out").resolve(PERIOD).toRealPath();
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(period)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(period.relativize(f).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        return files;
    }
}
