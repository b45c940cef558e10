package com.homeroom.intake;

import com.homeroom.intake.XmlPartGuard.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What the guard lets through to a parser and what it stops, byte by byte. */
class XmlPartGuardTest {

    private final List<FileRejection> tripped = new ArrayList<>();

    @Test
    void whatExcelWritesPassesUntouched() throws IOException {
        String xml = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                + "<worksheet xmlns=\"x\"><!-- a > comment --><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                + "<is><t xml:space=\"preserve\">a &lt;b&gt; &amp; \"c\" 王</t></is></c></row></sheetData>"
                + "<extLst><ext uri=\"{x>y}\"/></extLst><![CDATA[ <!DOCTYPE not one ]]></worksheet>";

        assertThat(readAll(xml.getBytes(StandardCharsets.UTF_8), Long.MAX_VALUE)).isEqualTo(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(tripped).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>",
            "<?xml version=\"1.0\"?><!DOCTYPE r SYSTEM \"http://127.0.0.1/evil.dtd\"><r/>",
            "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]><lolz>&lol2;</lolz>",
            "<r><!ENTITY x \"y\"></r>"})
    void aDeclarationIsStoppedWhereverItStands(String xml) {
        Violation v = stopped(xml.getBytes(StandardCharsets.UTF_8), Long.MAX_VALUE);

        assertThat(v.rejection().code()).isEqualTo("FILE_UNSAFE");
        assertThat(v.rejection().getMessage()).contains("xl/part.xml").contains("DTD");
        assertThat(tripped).containsExactly(v.rejection());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<r a=\"x>y\" b='<!DOCTYPE'>long text long text<!DOCTYPE r><r/>",
            "<r>text</r><c r=\"A1\"><v>1</v></c><!ENTITY x \"y\">",
            "<r a='\"'>text</r><!DOCTYPE r>"})
    void aDeclarationIsStoppedWhenTheWholePartComesInOneRead(String xml) throws IOException {
        // the guard steps over text, tags and quoted values in runs: a quote or '>' ends a run, not a verdict
        XmlPartGuard guard = guard(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), Long.MAX_VALUE);
        byte[] buffer = new byte[4096];

        Violation v = catchThrowableOfType(Violation.class, () -> guard.read(buffer, 0, buffer.length));

        assertThat(v.rejection().code()).isEqualTo("FILE_UNSAFE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<r a=\"", "<r><!--", "<r><![CDATA[", "<r><?pi "})
    void markupLongerThanAMegabyteIsStoppedBeforeTheParserHoldsIt(String opening) {
        byte[] filler = new byte[XmlPartGuard.MAX_MARKUP_BYTES];
        // a quote, a '>' or a '<' inside does not end an attribute value, comment, CDATA or instruction
        Arrays.fill(filler, (byte) 'x');
        filler[100] = '>';
        filler[200] = '<';
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(opening.getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream(filler));

        Violation v = catchThrowableOfType(Violation.class, () -> drain(guard(in, Long.MAX_VALUE)));

        assertThat(v.rejection().code()).isEqualTo("FILE_TOO_LARGE");
        assertThat(v.rejection().getMessage()).contains("1MB");
    }

    @Test
    void longTextIsNotMarkup() throws IOException {
        byte[] text = new byte[3 * XmlPartGuard.MAX_MARKUP_BYTES];
        Arrays.fill(text, (byte) 'x');
        byte[] xml = concat("<r><t>".getBytes(StandardCharsets.UTF_8), text, "</t></r>".getBytes(StandardCharsets.UTF_8));

        assertThat(readAll(xml, Long.MAX_VALUE)).hasSize(xml.length);
    }

    @Test
    void aPartLargerThanItsCapIsStopped() {
        byte[] xml = ("<r>" + "x".repeat(5000) + "</r>").getBytes(StandardCharsets.UTF_8);

        Violation v = stopped(xml, 4096);

        assertThat(v.rejection().code()).isEqualTo("FILE_TOO_LARGE");
        assertThat(v.rejection().getMessage()).contains("解压后超过");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void anEncodingThatHidesMarkupFromTheBytesIsStopped(String charset) {
        byte[] xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE r [<!ENTITY x \"y\">]><r>&x;</r>"
                .getBytes(java.nio.charset.Charset.forName(charset));

        assertThat(stopped(xml, Long.MAX_VALUE).rejection().code()).isEqualTo("FILE_CORRUPT");
    }

    @Test
    void skippingReadsThroughTheGuard() {
        byte[] xml = "<r><!DOCTYPE x></r>".getBytes(StandardCharsets.UTF_8);

        assertThat(catchThrowableOfType(Violation.class, () -> guard(new ByteArrayInputStream(xml), Long.MAX_VALUE).skip(100)))
                .isNotNull();
    }

    private Violation stopped(byte[] xml, long maxBytes) {
        return catchThrowableOfType(Violation.class, () -> readAll(xml, maxBytes));
    }

    private byte[] readAll(byte[] xml, long maxBytes) throws IOException {
        return drain(guard(new ByteArrayInputStream(xml), maxBytes));
    }

    private XmlPartGuard guard(InputStream in, long maxBytes) {
        return new XmlPartGuard(in, "xl/part.xml", maxBytes, tripped::add);
    }

    /** Reads in odd-sized slices, so that the guard sees markup split across reads. */
    private static byte[] drain(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[7];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            int single = in.read();
            if (single < 0) {
                break;
            }
            out.write(single);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
