package com.homeroom.reports;

import java.io.OutputStream;
import java.text.AttributedCharacterIterator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.classic.ClassicFontRecipient;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicPdfWriter;
import net.sf.jasperreports.pdf.common.FontRecipient;
import net.sf.jasperreports.pdf.common.PdfDocumentWriter;
import net.sf.jasperreports.pdf.common.PdfProducer;

/**
 * A PDF exporter whose output depends only on the filled report: the creation and modification
 * dates are the document's 生成时间 (midnight, Asia/Shanghai) instead of the clock, and font subset
 * tags come from {@link SubsetTags}. The trailer's document ID is set afterwards from the content
 * ({@link PdfDocumentId}). JasperReports has no setting for either, hence the subclass.
 */
final class DeterministicPdfExporter extends JRPdfExporter {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final PdfDate documentDate;

    DeterministicPdfExporter(JasperReportsContext context, LocalDate generatedOn) {
        super(context);
        GregorianCalendar calendar = GregorianCalendar.from(generatedOn.atStartOfDay(ZONE));
        calendar.setTimeZone(TimeZone.getTimeZone(ZONE));
        this.documentDate = new PdfDate(calendar);
    }

    @Override
    public void exportReport() throws JRException {
        SubsetTags.restart();
        super.exportReport();
    }

    @Override
    protected PdfProducer createPdfProducer() {
        return new ClassicPdfProducer(createPdfProducerContext()) {
            @Override
            public PdfDocumentWriter createWriter(OutputStream os) throws JRException {
                PdfDocumentWriter writer = super.createWriter(os);
                PdfWriter pdfWriter = ((ClassicPdfWriter) writer).getPdfWriter();
                pdfWriter.getInfo().put(PdfName.CREATIONDATE, documentDate);
                pdfWriter.getInfo().put(PdfName.MODDATE, documentDate);
                pdfWriter.setCompressionLevel(EmbeddedFonts.FONT_COMPRESSION);
                return writer;
            }
        };
    }

    @Override
    protected void setFont(Map<AttributedCharacterIterator.Attribute, Object> attributes, Locale locale,
                           boolean setFontLines, FontRecipient recipient) {
        super.setFont(attributes, locale, setFontLines, recipient);
        if (recipient instanceof ClassicFontRecipient classic && classic.getFont() != null) {
            BaseFont font = classic.getFont().getBaseFont();
            if (font != null) {
                font.setSecureRandom(SubsetTags.RANDOM);
            }
        }
    }
}
