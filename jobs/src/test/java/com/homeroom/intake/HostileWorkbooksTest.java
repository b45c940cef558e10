package com.homeroom.intake;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Workbooks made to hurt the reader — XML entities, oversized markup, cells and merges beyond
 * Excel's limits, another encoding — each rejected whole with its reason while the valid workbook
 * beside them is read; run through intake into a real warehouse. Entities point at a local server
 * that counts connections, so "nothing outside was read" is observed, not assumed.
 */
class HostileWorkbooksTest {

    /** 基本信息, 班主任名册, 考核评分, 工作记录: the order {@link SchoolWorkbook} writes them in. */
    static final String ROSTER_PART = "xl/worksheets/sheet2.xml";

    @TempDir
    static Path dir;
    static District district;
    static ServerSocket server;
    static final AtomicInteger connections = new AtomicInteger();
    static int schools;

    @BeforeAll
    @Timeout(value = 3, unit = TimeUnit.MINUTES) // a named pipe opened for reading would block for ever
    static void runIntake() throws Exception {
        server = new ServerSocket(0);
        Thread listener = new Thread(HostileWorkbooksTest::countConnections);
        listener.setDaemon(true);
        listener.start();
        district = new District(dir);
        district.school("H00").writeTo(district.file("H00-正常.xlsx"));
        for (String part : new String[]{ROSTER_PART, "xl/sharedStrings.xml", "xl/workbook.xml", "xl/styles.xml",
                "[Content_Types].xml", "xl/_rels/workbook.xml.rels", "_rels/.rels"}) {
            spoil(entityFile(part), part, HostileWorkbooksTest::externalEntities);
        }
        spoil("X-实体展开.xlsx", ROSTER_PART, HostileWorkbooksTest::billionLaughs);
        spoil("X-超长属性.xlsx", ROSTER_PART, xml -> xml.replaceFirst("<worksheet ", "<worksheet x=\"" + noise(2 << 20) + "\" "));
        spoil("X-UTF16.xlsx", ROSTER_PART, xml -> xml);
        WorkbookFiles.rewrite(district.file("X-UTF16.xlsx"), (name, bytes) -> name.equals(ROSTER_PART)
                ? new String(bytes, StandardCharsets.UTF_8).replace("UTF-8", "UTF-16").getBytes(StandardCharsets.UTF_16) : bytes,
                Map.of());
        spoil("X-合并单元格过多.xlsx", ROSTER_PART, xml -> xml.replace("</sheetData>", "</sheetData>" + merges(VerticalMerges.MAX + 1)));
        spoil("X-列号超出XFD.xlsx", ROSTER_PART, xml -> xml.replaceFirst("r=\"L2\"", "r=\"XFE2\""));
        spoil("X-单元格超长.xlsx", "xl/sharedStrings.xml", xml -> xml.replace("<t>王小明</t>", "<t>" + chineseNoise(32_768) + "</t>"));
        spoil("X-行顺序错乱.xlsx", ROSTER_PART, xml -> xml.replace("<row r=\"3\"", "<row r=\"1\""));
        spoil("X-样式表缺失.xlsx", "xl/styles.xml", xml -> xml);
        WorkbookFiles.rewrite(district.file("X-样式表缺失.xlsx"), (name, bytes) -> name.equals("xl/styles.xml") ? null : bytes, Map.of());
        spoil("X-共享字符串个数造假.xlsx", "xl/sharedStrings.xml", xml -> xml.replaceFirst("uniqueCount=\"\\d+\"", "uniqueCount=\"2000000000\""));
        longestCells();
        specialFiles();
        district.run();
    }

    @AfterAll
    static void close() throws Exception {
        district.close();
        server.close();
    }

    private static void countConnections() {
        while (!server.isClosed()) {
            try (Socket ignored = server.accept()) {
                connections.incrementAndGet();
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** A valid workbook of a school of its own, with one part changed. */
    private static void spoil(String file, String part, UnaryOperator<String> change) throws IOException {
        String code = "H" + String.format("%02d", ++schools);
        WorkbookFiles.rewritePart(district.school(code).writeTo(district.file(file)), part, change);
    }

    private static String entityFile(String part) {
        return "X-外部实体-" + part.replace('/', '!') + ".xlsx";
    }

    private static String externalEntities(String xml) {
        return externalEntities(xml, "http://127.0.0.1:" + server.getLocalPort() + "/");
    }

    /** A DOCTYPE declaring entities of /etc/passwd and of a URL (plus an external DTD), used in a cell. */
    static String externalEntities(String xml, String url) {
        String doctype = "<!DOCTYPE x [<!ENTITY file SYSTEM \"file:///etc/passwd\"><!ENTITY web SYSTEM \"" + url
                + "entity\"><!ENTITY % dtd SYSTEM \"" + url + "dtd\">%dtd;]>";
        int start = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        return xml.substring(0, start) + doctype + xml.substring(start).replaceFirst("<sheetData>",
                "<sheetData><row r=\"99\"><c r=\"A99\" t=\"inlineStr\"><is><t>&file;&web;</t></is></c></row>");
    }

    /** Ten levels of ten entities each: a thousand million "lol"s if anything expanded them. */
    static String billionLaughs(String xml) {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        doctype.append("]>");
        int start = xml.indexOf("?>") + 2;
        return xml.substring(0, start) + doctype + xml.substring(start)
                .replaceFirst("<sheetData>", "<sheetData><row r=\"99\"><c r=\"A99\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>");
    }

    /** Letters that do not compress away: the inflate-ratio check must not be what stops the file. */
    static String noise(int length) {
        return noise(length, 'a', 26);
    }

    /** Chinese characters that do not compress away either. */
    static String chineseNoise(int length) {
        return noise(length, '\u4e00', 20_000);
    }

    private static String noise(int length, char first, int range) {
        SplittableRandom random = new SplittableRandom(length);
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append((char) (first + random.nextInt(range)));
        }
        return b.toString();
    }

    private static String merges(int count) {
        StringBuilder b = new StringBuilder("<mergeCells count=\"" + count + "\">");
        for (int i = 0; i < count; i++) {
            b.append("<mergeCell ref=\"M").append(2 * i + 10).append(":M").append(2 * i + 11).append("\"/>");
        }
        return b.append("</mergeCells>").toString();
    }

    /** Excel's longest cell is read: a roster name and a score-sheet name of 32,767 characters. */
    static void longestCells() throws IOException {
        SchoolWorkbook w = district.school("H99");
        w.roster.get(1)[1] = chineseNoise(32_767);
        w.scores.get(0)[1] = chineseNoise(32_766) + "王";
        w.writeTo(district.file("X-单元格32767字.xlsx"));
    }

    /** A link to a folder outside, and a named pipe, which would block whoever opened it for reading. */
    static void specialFiles() throws Exception {
        Files.createSymbolicLink(district.file("X-指向系统目录的链接"), Path.of("/etc"));
        Path pipe = district.file("X-命名管道.xlsx");
        mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0;
    }

    static boolean mkfifo;

    @Test
    void aLinkToAFolderOutsideIsListedAndANamedPipeIsNeverOpened() {
        assertThat(district.intake("X-指向系统目录的链接")).containsEntry("status", "rejected")
                .containsEntry("reason", "LINK_OUTSIDE_INPUT");
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo, "mkfifo is not available here");
        assertThat(district.intake("X-命名管道.xlsx")).containsEntry("status", "rejected")
                .containsEntry("reason", "NOT_SPREADSHEET");
        assertThat(message("X-命名管道.xlsx")).contains("不是普通文件");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {ROSTER_PART, "xl/sharedStrings.xml", "xl/workbook.xml", "xl/styles.xml",
            "[Content_Types].xml", "xl/_rels/workbook.xml.rels", "_rels/.rels"})
    void externalEntitiesAreRefusedInEveryPartAndNothingOutsideIsFetched(String part) {
        String file = entityFile(part);

        assertThat(district.intake(file)).containsEntry("status", "rejected").containsEntry("reason", "FILE_UNSAFE");
        assertThat(message(file)).contains("DTD").contains("「" + part + "」");
        assertThat(connections).hasValue(0);
        assertThat(district.result().rejects()).noneMatch(r -> r.toString().contains("root:"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "X-实体展开.xlsx,             FILE_UNSAFE,    DTD",
            "X-超长属性.xlsx,             FILE_TOO_LARGE, 1MB",
            "X-UTF16.xlsx,                FILE_CORRUPT,   UTF-8",
            "X-合并单元格过多.xlsx,       FILE_TOO_LARGE, 10000处",
            "X-列号超出XFD.xlsx,          FILE_CORRUPT,   损坏",
            "X-单元格超长.xlsx,           FILE_TOO_LARGE, 32767个字符",
            "X-行顺序错乱.xlsx,           FILE_CORRUPT,   顺序错乱",
            "X-样式表缺失.xlsx,           FILE_CORRUPT,   损坏",
    })
    void aWorkbookBeyondWhatExcelWritesIsRejectedWithItsReason(String file, String reason, String said) {
        assertThat(district.intake(file)).containsEntry("status", "rejected").containsEntry("reason", reason);
        assertThat(message(file)).contains(said);
    }

    @Test
    void aForgedStringCountIsOnlyAHint() {
        assertThat(district.intake("X-共享字符串个数造假.xlsx")).containsEntry("status", "accepted")
                .containsEntry("roster_loaded", "2");
    }

    @Test
    void theLongestCellExcelAllowsIsReadAndQuotedShortInItsMessage() {
        assertThat(district.intake("X-单元格32767字.xlsx")).containsEntry("status", "accepted")
                .containsEntry("roster_loaded", "1").containsEntry("roster_rejected", "1");
        assertThat(district.rejects("X-单元格32767字.xlsx")).filteredOn(r -> r.get("value").length() > 20)
                .extracting(r -> r.get("sheet") + "|" + r.get("code"))
                .containsExactly("班主任名册|BAD_FORMAT", "考核评分|NAME_MISMATCH");
        assertThat(district.rejects("X-单元格32767字.xlsx")).filteredOn(r -> r.get("value").length() > 20)
                .allSatisfy(r -> {
                    assertThat(r.get("value")).hasSize(32_767);
                    assertThat(r.get("message")).hasSizeLessThan(200).contains("…（共32767字）");
                });
    }

    @Test
    void theValidWorkbookBesideThemIsRead() {
        assertThat(district.result().intake()).hasSize(mkfifo ? 20 : 19);
        assertThat(district.intake("H00-正常.xlsx")).containsEntry("status", "accepted").containsEntry("roster_loaded", "2")
                .containsEntry("scores_loaded", "2").containsEntry("activity_loaded", "2");
    }

    private static String message(String file) {
        return district.rejects(file).get(0).get("message");
    }
}
