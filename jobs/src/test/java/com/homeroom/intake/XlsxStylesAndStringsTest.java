package com.homeroom.intake;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parts of a workbook that the streaming reader parses itself instead of through POI: shared
 * strings, the styles' number formats, and the look for merges before a sheet is parsed. Their
 * agreement with the usermodel on whole workbooks is {@link XlsxWorkbookSourceTest}'s; these are
 * the cases a generated workbook does not reach.
 */
class XlsxStylesAndStringsTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @Test
    void aSharedStringJoinsItsRunsAndLeavesOutPhoneticGuides() throws Exception {
        XlsxSharedStrings strings = XlsxSharedStrings.read(xml("<sst xmlns=\"" + MAIN + "\" uniqueCount=\"2000000000\">"
                + "<si><t>张三</t></si>"
                + "<si><r><rPr><b/></rPr><t>初</t></r><r><t xml:space=\"preserve\">一 </t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>chu</t></rPh></si>"
                + "<si><t>_x005F_x0041_</t></si>"
                + "<si><x:t xmlns:x=\"urn:other\">not ours</x:t></si>"
                + "</sst>"));

        assertThat(strings.at(0)).isEqualTo("张三");
        assertThat(strings.at(1)).isEqualTo("初一 ");
        // escapes are left for the cell decoder, which decodes them once, as the usermodel does
        assertThat(strings.at(2)).isEqualTo("_x005F_x0041_");
        assertThat(strings.at(3)).isEmpty();
        assertThat(strings.at(4)).isEmpty();
        assertThat(strings.at(-1)).isEmpty();
    }

    @Test
    void anEscapedSharedStringIsDecodedOnce() throws Exception {
        XlsxSharedStrings strings = XlsxSharedStrings.read(xml("<sst xmlns=\"" + MAIN + "\">"
                + "<si><t>_x005F_x0041_</t></si><si><t>a_x000D_b</t></si></sst>"));
        XlsxCellDecoder decoder = new XlsxCellDecoder(strings, null, false);

        assertThat(decoder.decode(sharedString("0")).text()).isEqualTo("_x0041_");
        assertThat(decoder.decode(sharedString("1")).text()).isEqualTo("a\rb");
    }

    @Test
    void aCellStyleTakesItsNumberFormatFromCellXfsAndTheWorkbooksOwnFormatsFirst() throws Exception {
        XlsxNumberFormats formats = XlsxNumberFormats.read(xml("<styleSheet xmlns=\"" + MAIN + "\">"
                + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
                + "<numFmt numFmtId=\"9\" formatCode=\"0.0\"/></numFmts>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
                + "<cellXfs count=\"5\"><xf/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/><xf numFmtId=\"10\"/><xf numFmtId=\"9\"/></cellXfs>"
                + "<cellXfs><xf numFmtId=\"14\"/></cellXfs>"
                + "</styleSheet>"));

        assertThat(formats.styles()).isEqualTo(5);
        assertThat(formats.formatCode(0)).isEqualTo("General");
        assertThat(formats.formatCode(1)).isEqualTo("yyyy\"年\"m\"月\"d\"日\"");
        assertThat(formats.formatCode(2)).isEqualTo("m/d/yy");
        assertThat(formats.formatCode(3)).isEqualTo("0.00%");
        assertThat(formats.formatCode(4)).isEqualTo("0.0"); // the workbook's own format wins over the built-in 0%
    }

    @Test
    void aDateOrPercentStyleDecidesHowANumberIsRead() throws Exception {
        XlsxNumberFormats formats = XlsxNumberFormats.read(xml("<styleSheet xmlns=\"" + MAIN + "\">"
                + "<numFmts><numFmt numFmtId=\"164\" formatCode=\"yyyy/m/d\"/></numFmts>"
                + "<cellXfs><xf/><xf numFmtId=\"164\"/><xf numFmtId=\"9\"/></cellXfs></styleSheet>"));
        XlsxCellDecoder decoder = new XlsxCellDecoder(null, formats, false);

        assertThat(decoder.decode(number("45901", 1)).date()).isEqualTo(java.time.LocalDate.of(2025, 9, 1));
        assertThat(decoder.decode(number("0.5", 2)).percentFormat()).isTrue();
        assertThat(decoder.decode(number("7", 0)).number()).isEqualTo(7.0);
        // a style index beyond cellXfs falls back to the column's, then the first style
        assertThat(decoder.decode(number("45900", 9)).date()).isNull();
    }

    @Test
    void mergesAreFoundWhereverTheReadsCutTheName() throws IOException {
        String sheet = "<worksheet><sheetData>" + "<row r=\"1\"/>".repeat(3000)
                + "</sheetData><x:mergeCells><x:mergeCell ref=\"A2:A3\"/></x:mergeCells></worksheet>";
        byte[] bytes = sheet.getBytes(StandardCharsets.UTF_8);

        for (int chunk : new int[] {1, 2, 5, 9, 4096, 16384}) {
            assertThat(VerticalMerges.mentionsMerges(inChunks(bytes, chunk))).as("reads of %d bytes", chunk).isTrue();
        }
        byte[] none = sheet.replace("mergeCell", "mergeCel_").getBytes(StandardCharsets.UTF_8);
        assertThat(VerticalMerges.mentionsMerges(inChunks(none, 7))).isFalse();
    }

    private static XlsxCellDecoder.Parts sharedString(String index) {
        XlsxCellDecoder.Parts parts = new XlsxCellDecoder.Parts();
        parts.type = "s";
        parts.value = index;
        return parts;
    }

    private static XlsxCellDecoder.Parts number(String value, int style) {
        XlsxCellDecoder.Parts parts = new XlsxCellDecoder.Parts();
        parts.value = value;
        parts.style = style;
        return parts;
    }

    private static InputStream xml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A stream that hands out at most {@code chunk} bytes per read. */
    private static InputStream inChunks(byte[] bytes, int chunk) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }
}
