package com.homeroom.intake;

import com.homeroom.intake.WorkbookMutations.Kind;
import com.homeroom.intake.WorkbookMutations.Variant;
import com.homeroom.operations.CliProcess;
import com.homeroom.scoring.SchemeLoader;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hundreds of spoiled workbooks (fixed seed, see {@link WorkbookMutations}) from four valid ones
 * (.xlsx plain and messy, .xlsm, .xls). Each goes through intake in this JVM, where nothing may
 * escape but a rejection, then the whole folder through the real command line: exit 0, and every
 * variant has its line in intake.csv, accepted, superseded or rejected with a code.
 */
class IntakeFuzzIT {

    static final long SEED = 20_250_901L;
    static final int PER_KIND = 25;
    static final Set<String> STATUSES = Set.of("accepted", "rejected", "superseded");

    @TempDir
    Path dir;

    @Test
    void everySpoiledWorkbookIsAccountedForAndNoneBreaksTheRun() throws Exception {
        Path input = dir.resolve("in");
        Map<String, Variant> variants = writeVariants(input);
        assertThat(variants).hasSizeGreaterThanOrEqualTo(400);

        List<String> escaped = new ArrayList<>();
        Map<String, String> inProcess = new TreeMap<>();
        WorkbookOpener opener = new WorkbookOpener(20L * 1024 * 1024);
        Registry registry = new RegistryReader(opener).read(input);
        WorkbookIntake intake = new WorkbookIntake(registry, SchemeLoader.loadDefault(), "2025-2026", opener);
        for (InputFile file : InputFolder.workbooks(input)) {
            try {
                FileIntake read = intake.read(file);
                inProcess.put(file.relative(), read.failed() ? read.failureCode() : "read");
            } catch (Exception | Error e) {
                escaped.add(file.relative() + " (" + variants.get(file.relative()).detail() + "): " + e);
            }
        }
        assertThat(escaped).isEmpty();

        CliProcess.Outcome run = CliProcess.run(dir, "run", "--period", "2025-2026", "--input", "in", "--no-archives");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Map<String, String>> lines = IntakeHarness.readCsv(dir.resolve("out/2025-2026/district/intake.csv"));
        assertThat(lines).extracting(r -> r.get("file")).containsExactlyInAnyOrderElementsOf(variants.keySet());
        assertThat(lines).allSatisfy(r -> {
            assertThat(r.get("status")).isIn(STATUSES);
            assertThat(r.get("reason").isEmpty()).isEqualTo(r.get("status").equals("accepted"));
        });
        Map<String, Long> outcomes = lines.stream().collect(Collectors.groupingBy(
                r -> r.get("status") + ":" + r.get("reason"), TreeMap::new, Collectors.counting()));
        // the mutations reach past the zip: besides corrupt files, some are read, some lose a sheet or a header
        assertThat(outcomes).containsKeys("rejected:FILE_CORRUPT", "rejected:SHEET_MISSING", "superseded:SUPERSEDED");
        assertThat(outcomes.keySet()).anyMatch(k -> k.startsWith("rejected:") && !k.endsWith("FILE_CORRUPT")
                && !k.endsWith("SHEET_MISSING"));
    }

    private Map<String, Variant> writeVariants(Path input) throws Exception {
        SchoolWorkbook.writeRegistry(input);
        Map<String, byte[]> bases = new LinkedHashMap<>();
        bases.put("plain.xlsx", Files.readAllBytes(plain().writeTo(dir.resolve("plain.xlsx"))));
        bases.put("messy.xlsx", messy(dir.resolve("messy.xlsx")));
        bases.put("macro.xlsm", Files.readAllBytes(MacroEnabledWorkbookTest.withVbaProject(
                school("QZ-003", "潍坊四中", "初中", "七年级").build(TestWorkbook.xlsm()).writeTo(dir.resolve("macro.xlsm")),
                MacroEnabledWorkbookTest.vbaProject())));
        bases.put("old.xls", Files.readAllBytes(school("QZ-002", "实验学校", "小学", "五年级").writeTo(dir.resolve("old.xls"))));
        SplittableRandom random = new SplittableRandom(SEED);
        Map<String, Variant> variants = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> base : bases.entrySet()) {
            boolean zip = !base.getKey().endsWith(".xls");
            for (Kind kind : Kind.values()) {
                if (!zip && kind != Kind.TRUNCATE && kind != Kind.FLIP_FILE) {
                    continue;
                }
                for (int i = 0; i < (zip ? PER_KIND : 2 * PER_KIND); i++) {
                    Variant v = WorkbookMutations.mutate(base.getValue(), kind, random);
                    String name = String.format("%03d-%s-%s", variants.size() + 1, kind, base.getKey());
                    Files.write(input.resolve(name), v.bytes());
                    variants.put(name, v);
                }
            }
        }
        return variants;
    }

    private static SchoolWorkbook plain() {
        SchoolWorkbook w = SchoolWorkbook.twoTeachers();
        w.incidents.add(new Object[]{"T0001", LocalDate.of(2025, 10, 9), "课间追跑摔伤", "次要责任", "一般"});
        return w;
    }

    private static SchoolWorkbook school(String code, String name, String stage, String grade) {
        SchoolWorkbook w = SchoolWorkbook.twoTeachers();
        w.schoolCode = code;
        w.schoolName = name;
        for (List<Object[]> rows : List.of(w.roster, w.scores, w.activity)) {
            rows.forEach(r -> r[0] = code + "-" + r[0]);
        }
        w.roster.forEach(r -> {
            r[2] = stage;
            r[3] = grade;
        });
        return w;
    }

    /** Title rows merged across, 学段 merged down, a formula 总分, percentages, dates typed as text. */
    private static byte[] messy(Path file) throws Exception {
        SchoolWorkbook w = school("QZ-002", "实验学校", "小学", "三年级");
        TestWorkbook book = TestWorkbook.xlsx().sheet("基本信息").row("学校代码", "QZ-002").row("考核周期", "2025—2026学年")
                .row("填报日期", "2025年12月1日");
        book.sheet(" 班主任名册 ").row("实验学校2025-2026学年班主任名册").mergeAcross(1, 0, 11)
                .row((Object[]) SchoolWorkbook.ROSTER_HEADER);
        w.roster.forEach(book::row);
        book.mergeDown(2, 3, 4).sheet("考核评分").row((Object[]) SchoolWorkbook.SCORE_HEADER);
        w.scores.forEach(book::row);
        book.sheet("工作记录").row((Object[]) SchoolWorkbook.ACTIVITY_HEADER);
        w.activity.forEach(r -> {
            Object[] copy = r.clone();
            copy[9] = new TestWorkbook.Percent(0.9);
            book.row(copy);
        });
        book.row("填表说明：每位班主任一行");
        WorkbookFiles.edit(book.writeTo(file), workbook -> {
            for (Row row : workbook.getSheet("考核评分")) {
                int r = row.getRowNum() + 1;
                row.createCell(11).setCellFormula(r == 1 ? "\"总分\"" : "SUM(C" + r + ":J" + r + ")");
            }
        });
        return Files.readAllBytes(file);
    }
}
