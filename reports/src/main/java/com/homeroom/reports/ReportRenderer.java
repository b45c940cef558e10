package com.homeroom.reports;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRTemplate;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.xml.JRXmlTemplateLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfPermissionsEnum;

/**
 * Renders {@link ReportData} records to PDF bytes. Create one per process and share it: templates
 * are compiled (or loaded precompiled) once in the constructor, fonts are prepared once, and
 * {@link #render} is safe to call from several threads at once.
 */
public final class ReportRenderer {

    static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;
    static final String STYLES = "reports/styles/homeroom.jrtx";

    private final SimpleJasperReportsContext context;
    private final CompiledTemplates templates;
    /** The shared style template, parsed once instead of at every fill. */
    private final JRTemplate styles;

    public ReportRenderer() {
        this.context = new SimpleJasperReportsContext();
        // A font that is not found fails the document instead of falling back to a font without CJK glyphs.
        context.setProperty("net.sf.jasperreports.awt.ignore.missing.font", "false");
        context.setProperty("net.sf.jasperreports.default.font.name", EmbeddedFonts.FAMILY);
        context.setProperty("net.sf.jasperreports.default.pdf.encoding", "Identity-H");
        context.setProperty("net.sf.jasperreports.default.pdf.embedded", "true");
        // Chart text as text in the embedded font, not as outlines.
        context.setProperty("net.sf.jasperreports.export.pdf.force.svg.shapes", "false");
        context.setProperty("net.sf.jasperreports.export.pdf.compressed", "true");
        // Crosstab and table interactivity (sorting in HTML viewers) serialises bucket values; PDFs need none.
        context.setProperty("net.sf.jasperreports.crosstab.interactive", "false");
        context.setProperty("net.sf.jasperreports.components.table.interactive", "false");
        EmbeddedFonts.prepare();
        this.templates = new CompiledTemplates(context);
        try {
            this.styles = JRXmlTemplateLoader.getInstance(context).loadTemplate(STYLES);
        } catch (JRException e) {
            throw new IllegalStateException("cannot load " + STYLES, e);
        }
    }

    /** The document as PDF bytes; the same data gives the same bytes. */
    public byte[] render(ReportData data) {
        return render(data, null);
    }

    /**
     * The document as PDF bytes, encrypted with the given passwords when not null (encrypted output
     * is not byte-identical across runs; see {@link PdfPasswords}).
     */
    public byte[] render(ReportData data, PdfPasswords passwords) {
        return export(fill(data), data.header().generatedOn(), passwords);
    }

    JasperPrint fill(ReportData data) {
        ReportInput input = ReportInput.of(data);
        Map<String, Object> parameters = new HashMap<>(input.parameters());
        parameters.put(JRParameter.REPORT_LOCALE, LOCALE);
        parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(DeterministicPdfExporter.ZONE));
        parameters.put("HEADER", data.header());
        parameters.put("HOMEROOM_STYLES", styles);
        try {
            return JasperFillManager.getInstance(context)
                    .fill(templates.get(input.template()), parameters, input.dataSource());
        } catch (JRException e) {
            throw new ReportRenderingException("filling " + input.template() + " failed: " + e.getMessage(), e);
        }
    }

    byte[] export(JasperPrint print, LocalDate generatedOn, PdfPasswords passwords) {
        DeterministicPdfExporter exporter = new DeterministicPdfExporter(context, generatedOn);
        exporter.setExporterInput(new SimpleExporterInput(print));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(print.getName());
        configuration.setMetadataAuthor(print.getProperty(ReportInput.AUTHOR_PROPERTY));
        configuration.setMetadataCreator("homeroom");
        if (passwords != null) {
            configuration.setEncrypted(true);
            configuration.set128BitKey(true);
            configuration.setUserPassword(passwords.user());
            configuration.setOwnerPassword(passwords.owner());
            configuration.setPermissions(PdfPermissionsEnum.PRINTING.getPdfPermission()
                    | PdfPermissionsEnum.COPY.getPdfPermission());
        }
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new ReportRenderingException("exporting " + print.getName() + " failed: " + e.getMessage(), e);
        }
        return passwords == null ? PdfDocumentId.stamp(pdf.toByteArray()) : pdf.toByteArray();
    }
}
