package com.homeroom.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.engine.util.JRFontNotFoundException;
import org.junit.jupiter.api.Test;

class FontExtensionTest {

    private static final SimpleJasperReportsContext CONTEXT = new SimpleJasperReportsContext();

    static {
        CONTEXT.setProperty("net.sf.jasperreports.awt.ignore.missing.font", "false");
    }

    @Test
    void registersNotoSansScFromTheFontJar() {
        assertThat(FontUtil.getInstance(CONTEXT).getFontFamilyNames()).contains(EmbeddedFonts.FAMILY);
    }

    @Test
    void aFontThatIsNotInTheExtensionFailsTheDocument() throws Exception {
        JasperReport report = compile("SimSun");

        assertThatThrownBy(() -> JasperFillManager.getInstance(CONTEXT).fill(report, new HashMap<>(), new JREmptyDataSource(1)))
                .isInstanceOf(JRFontNotFoundException.class).hasMessageContaining("SimSun");
    }

    private static JasperReport compile(String font) throws Exception {
        String jrxml = "<jasperReport name=\"font\" language=\"java\" pageWidth=\"595\" pageHeight=\"842\" columnWidth=\"515\""
                + " leftMargin=\"40\" rightMargin=\"40\" topMargin=\"30\" bottomMargin=\"30\"><title height=\"30\">"
                + "<element kind=\"textField\" x=\"0\" y=\"0\" width=\"515\" height=\"20\" fontName=\"" + font + "\">"
                + "<expression><![CDATA[\"班主任\"]]></expression></element></title></jasperReport>";
        return JasperCompileManager.getInstance(CONTEXT).compile(new ByteArrayInputStream(jrxml.getBytes(StandardCharsets.UTF_8)));
    }
}
