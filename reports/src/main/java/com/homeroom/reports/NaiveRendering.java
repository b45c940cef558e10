package com.homeroom.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;

/**
 * The baseline {@code homeroom bench} holds {@link ReportRenderer} against: a document rendered the
 * way the JasperReports getting-started pages show it, with the defaults. The {@code .jrxml} is
 * compiled for each document, the fill parses the shared styles itself, and the default PDF export
 * prepares its fonts as it goes, with no cache or precompiled template of ours. The same records
 * and templates, so the output shows the same text.
 *
 * <p>One departure from the defaults, without which the templates do not fill at all: crosstab and
 * table interactivity are off (they serialise the bucket values, and the records are not
 * serialisable).
 */
public final class NaiveRendering {

    private static final SimpleJasperReportsContext CONTEXT = new SimpleJasperReportsContext();

    static {
        CONTEXT.setProperty("net.sf.jasperreports.crosstab.interactive", "false");
        CONTEXT.setProperty("net.sf.jasperreports.components.table.interactive", "false");
    }

    private NaiveRendering() {
    }

    public static byte[] render(ReportData data) {
        ReportInput input = ReportInput.of(data);
        try (InputStream source = NaiveRendering.class.getClassLoader()
                .getResourceAsStream(input.template().source())) {
            if (source == null) {
                throw new IllegalStateException("template missing from the classpath: " + input.template().source());
            }
            JasperReport report = JasperCompileManager.getInstance(CONTEXT).compile(source);
            Map<String, Object> parameters = new HashMap<>(input.parameters());
            parameters.put(JRParameter.REPORT_LOCALE, ReportRenderer.LOCALE);
            parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(DeterministicPdfExporter.ZONE));
            parameters.put("HEADER", data.header());
            JasperPrint print = JasperFillManager.getInstance(CONTEXT).fill(report, parameters, input.dataSource());
            return JasperExportManager.getInstance(CONTEXT).exportToPdf(print);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new ReportRenderingException("naive rendering of " + input.template() + " failed: " + e.getMessage(), e);
        }
    }
}
