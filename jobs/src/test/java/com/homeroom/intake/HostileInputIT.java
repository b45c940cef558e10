package com.homeroom.intake;

import com.homeroom.operations.CliProcess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The issue's "done when": a folder of hostile files beside valid ones, run through the real
 * command line in a child JVM of 1 GB. The run completes (exit 0); every hostile file is rejected in
 * intake.csv with its reason and every valid one accepted; nothing is written outside --out and
 * --data (the child's temporary folder lies inside the snapshot taken before and after); nothing
 * outside the input is read (a link's target is never hashed, entities point at a local server that
 * counts connections); the registry's hostile school names become safe, readable folder names.
 */
class HostileInputIT {

    static final String PERIOD = "2025-2026";

    @TempDir
    Path dir;

    @Test
    void aHostileFolderIsReadToTheEndAndNothingLeaks() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            AtomicInteger connections = countConnections(server);
            District district = new District(dir);
            boolean pipe = hostileFolder(district, "http://127.0.0.1:" + server.getLocalPort() + "/");
            Path tmp = Files.createDirectories(dir.resolve("tmp"));
            Map<String, String> before = snapshot();

            CliProcess.Outcome run = CliProcess.await(CliProcess.start(dir,
                    List.of("-Xmx1g", "-Djava.io.tmpdir=" + tmp), "run", "--period", PERIOD, "--input", "in",
                    "--out", "out", "--data", "data"));

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("COMPLETED");
            Map<String, String> intake = new TreeMap<>();
            for (Map<String, String> r : IntakeHarness.readCsv(district().resolve("intake.csv"))) {
                intake.put(r.get("file"), r.get("status") + ":" + r.get("reason"));
            }
            Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                    entry("凤凰小学.xlsx", "accepted:"),
                    entry("学校甲.xlsx", "accepted:"),
                    entry("学校乙.xlsx", "accepted:"),
                    entry("学校丙.xlsx", "accepted:"),
                    entry("宽表16384列.xlsx", "accepted:"),
                    entry("解压后超过2GB.xlsx", "rejected:FILE_TOO_LARGE"),
                    entry("外部实体.xlsx", "rejected:FILE_UNSAFE"),
                    entry("实体展开.xlsx", "rejected:FILE_UNSAFE"),
                    entry("设置了密码.xlsx", "rejected:FILE_ENCRYPTED"),
                    entry("只有一半.xlsx", "rejected:FILE_CORRUPT"),
                    entry("图片改名.xlsx", "rejected:NOT_SPREADSHEET"),
                    entry("空文件.xls", "rejected:FILE_EMPTY"),
                    entry("passwd.xlsx", "rejected:LINK_OUTSIDE_INPUT"),
                    entry("系统目录", "rejected:LINK_OUTSIDE_INPUT")));
            if (pipe) {
                expected.put("管道.xlsx", "rejected:NOT_SPREADSHEET");
            }
            assertThat(intake).isEqualTo(expected);
            assertThat(IntakeHarness.readCsv(district().resolve("rejects.csv")))
                    .filteredOn(r -> r.get("sheet").isEmpty()).hasSize(expected.size() - 5)
                    .allSatisfy(r -> assertThat(r.get("message")).containsPattern("\\p{IsHan}{4}"));

            assertThat(snapshot()).isEqualTo(before);
            assertThat(connections).hasValue(0);
            assertThat(hashOf("passwd.xlsx")).isEqualTo("|0");
            schoolFoldersAreSafeAndReadable();
            wideWorkbookRowsAreAccounted();
        }
    }

    /** The input folder; true when a named pipe could be made here. */
    private boolean hostileFolder(District district, String url) throws Exception {
        district.school("FH-001", "凤凰小学", "小学").writeTo(district.file("凤凰小学.xlsx"));
        district.school("ODD-1", "../../x", "小学").writeTo(district.file("学校甲.xlsx"));
        district.school("ODD-2", "A/B", "小学").writeTo(district.file("学校乙.xlsx"));
        district.school("ODD-3", "=HYPERLINK(\"" + url + "\",\"点我\")", "小学").writeTo(district.file("学校丙.xlsx"));
        wideWorkbook(district.school("WIDE-1", "宽表学校", "小学"), district.file("宽表16384列.xlsx"));

        Path in = district.file(".");
        WorkbookFiles.zipBomb(SchoolWorkbook.twoTeachers().writeTo(in.resolve("解压后超过2GB.xlsx")),
                "xl/worksheets/sheet2.xml", 2100);
        WorkbookFiles.rewritePart(SchoolWorkbook.twoTeachers().writeTo(in.resolve("外部实体.xlsx")),
                "xl/worksheets/sheet2.xml", xml -> HostileWorkbooksTest.externalEntities(xml, url));
        WorkbookFiles.rewritePart(SchoolWorkbook.twoTeachers().writeTo(in.resolve("实体展开.xlsx")),
                "xl/worksheets/sheet2.xml", HostileWorkbooksTest::billionLaughs);
        WorkbookFiles.encrypt(SchoolWorkbook.twoTeachers().writeTo(dir.resolve("plain.xlsx")), in.resolve("设置了密码.xlsx"), "mima");
        WorkbookFiles.truncate(SchoolWorkbook.twoTeachers().writeTo(in.resolve("只有一半.xlsx")));
        Files.write(in.resolve("图片改名.xlsx"), new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        Files.write(in.resolve("空文件.xls"), new byte[0]);
        Files.createSymbolicLink(in.resolve("passwd.xlsx"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(in.resolve("系统目录"), Path.of("/etc"));
        district.writeRegistry();
        return new ProcessBuilder("mkfifo", in.resolve("管道.xlsx").toString()).start().waitFor() == 0;
    }

    /**
     * A valid workbook whose roster header runs to column XFD (16,384 columns) and whose second
     * teacher's name is Excel's longest cell, 32,767 characters: the file is read, that row rejected.
     */
    private static void wideWorkbook(SchoolWorkbook w, Path file) throws IOException {
        w.roster.get(1)[1] = HostileWorkbooksTest.chineseNoise(32_767);
        WorkbookFiles.edit(w.writeTo(file), workbook -> {
            Sheet roster = workbook.getSheet("班主任名册");
            Row header = roster.getRow(0);
            for (int c = header.getLastCellNum(); c < 16_384; c++) {
                header.createCell(c).setCellValue("备注" + c);
            }
            roster.getRow(1).createCell(16_383).setCellValue("最后一列");
        });
    }

    private void schoolFoldersAreSafeAndReadable() throws Exception {
        Path out = dir.resolve("out").toRealPath();
        List<String> folders = new ArrayList<>();
        try (Stream<Path> zones = Files.list(out.resolve(PERIOD + "/schools"))) {
            for (Path zone : zones.toList()) {
                try (Stream<Path> schools = Files.list(zone)) {
                    schools.forEach(s -> folders.add(zone.getFileName() + "/" + s.getFileName()));
                }
            }
        }
        assertThat(folders).contains("第一学区/ODD-1_x", "第一学区/ODD-2_A_B", "第一学区/FH-001_凤凰小学")
                .anySatisfy(f -> assertThat(f).startsWith("第一学区/ODD-3_=HYPERLINK").contains("点我"))
                .allSatisfy(f -> assertThat(f).doesNotContain("..").matches("[^/]+/[^/]+"));
        try (Stream<Path> all = Files.walk(out)) {
            assertThat(all.map(HostileInputIT::realPath)).allMatch(p -> p.startsWith(out));
        }
        assertThat(IntakeHarness.readCsv(district().resolve("schools.csv")))
                .filteredOn(r -> r.get("school_code").equals("ODD-3")).singleElement()
                .satisfies(r -> assertThat(r.get("school_name")).startsWith("'=HYPERLINK"));
    }

    private void wideWorkbookRowsAreAccounted() throws Exception {
        Map<String, String> wide = IntakeHarness.readCsv(district().resolve("intake.csv")).stream()
                .filter(r -> r.get("file").equals("宽表16384列.xlsx")).findFirst().orElseThrow();
        assertThat(wide).containsEntry("roster_read", "2").containsEntry("roster_loaded", "1").containsEntry("roster_rejected", "1");
        assertThat(IntakeHarness.readCsv(district().resolve("rejects.csv")))
                .filteredOn(r -> r.get("file").equals("宽表16384列.xlsx") && r.get("column").equals("姓名")).singleElement()
                .satisfies(r -> {
                    assertThat(r.get("value")).hasSize(32_767);
                    assertThat(r.get("message")).contains("…（共32767字）").hasSizeLessThan(200);
                });
        assertThat(dir.resolve("out/" + PERIOD + "/schools/第一学区/WIDE-1_宽表学校/学校反馈报告_" + PERIOD + ".pdf")).isNotEmptyFile();
    }

    /** sha256|bytes the warehouse holds for a file: a link out of the input is never opened, so never hashed. */
    private String hashOf(String file) throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("data/homeroom.duckdb"), readOnly);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT sha256 || '|' || bytes FROM intake_file WHERE file = '" + file + "'")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    /** Every path under the test folder but --out, --data and the captured console output, with size and time. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted().toList()) {
                String relative = dir.relativize(p).toString();
                if (relative.startsWith("out") || relative.startsWith("data") || relative.matches("(out|err)\\d+\\.txt")) {
                    continue;
                }
                files.put(relative, Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        ? Files.size(p) + "@" + Files.getLastModifiedTime(p) : "");
            }
        }
        return files;
    }

    private Path district() {
        return dir.resolve("out/" + PERIOD + "/district");
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AtomicInteger countConnections(ServerSocket server) {
        AtomicInteger connections = new AtomicInteger();
        Thread listener = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket ignored = server.accept()) {
                    connections.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        });
        listener.setDaemon(true);
        listener.start();
        return connections;
    }
}
