package com.homeroom.intake;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * .xlsm: a macro-enabled workbook is read as data, like an .xlsx, and its VBA project is never
 * opened, let alone run (the decision: schools' templates may carry macros; refusing them would
 * refuse good data, and reading never executes anything).
 */
class MacroEnabledWorkbookTest {

    static final String VBA_RELATION = "http://schemas.microsoft.com/office/2006/relationships/vbaProject";

    @TempDir
    Path dir;

    /**
     * The VBA part here inflates 500-fold, like a zip bomb: had anything read it, POI's inflate-ratio
     * check would have rejected the file, so its acceptance shows the part was never opened.
     */
    @Test
    void aMacroEnabledWorkbookIsReadAsDataAndItsVbaProjectIsNeverOpened() throws Exception {
        Path input = dir.resolve("in");
        SchoolWorkbook.writeRegistry(input);
        withVbaProject(SchoolWorkbook.twoTeachers().build(TestWorkbook.xlsm()).writeTo(input.resolve("凤凰小学.xlsm")),
                new byte[50 << 20]);

        IntakeHarness.Result result = IntakeHarness.run(input, dir.resolve("work"), "2025-2026");

        assertThat(result.intakeOf("凤凰小学.xlsm")).containsEntry("status", "accepted").containsEntry("roster_loaded", "2")
                .containsEntry("scores_loaded", "2").containsEntry("activity_loaded", "2");
        assertThat(result.rejects()).extracting(r -> r.get("code")).doesNotContain("FILE_TOO_LARGE", "FILE_CORRUPT");
        result.warehouse().close();
    }

    @Test
    void itReadsTheSameStreamedAsThroughTheUsermodel() throws Exception {
        Path file = withVbaProject(SchoolWorkbook.twoTeachers().build(TestWorkbook.xlsm()).writeTo(dir.resolve("带宏.xlsm")),
                vbaProject());

        assertThat(XlsxWorkbookSourceTest.streamed(file)).isEqualTo(XlsxWorkbookSourceTest.usermodel(file))
                .containsKeys("基本信息", "班主任名册", "考核评分", "工作记录");
    }

    /** Adds the VBA part as Excel stores it: xl/vbaProject.bin, its content type, the workbook's relation to it. */
    static Path withVbaProject(Path xlsm, byte[] vba) throws IOException {
        return WorkbookFiles.rewrite(xlsm, (name, bytes) -> switch (name) {
            case "[Content_Types].xml" -> text(bytes).replace("<Default ",
                    "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/><Default ").getBytes(StandardCharsets.UTF_8);
            case "xl/_rels/workbook.xml.rels" -> text(bytes).replace("</Relationships>",
                    "<Relationship Id=\"rIdVba\" Type=\"" + VBA_RELATION + "\" Target=\"vbaProject.bin\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8);
            default -> bytes;
        }, Map.of("xl/vbaProject.bin", vba));
    }

    /** A stand-in VBA project (POI cannot compile macros): an OLE2 file whose module would write a file if run. */
    static byte[] vbaProject() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDirectory("VBA").createDocument("ThisWorkbook", new ByteArrayInputStream(
                    "Private Sub Workbook_Open()\r\n  Shell \"touch /tmp/homeroom-macro-ran\"\r\nEnd Sub\r\n".getBytes(StandardCharsets.US_ASCII)));
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
