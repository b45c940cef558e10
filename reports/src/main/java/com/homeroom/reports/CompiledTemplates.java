package com.homeroom.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * Every template, compiled once per process. The build precompiles the {@code .jrxml} files to
 * {@code .jasper} ({@link TemplateCompiler}); loading those takes milliseconds, compiling takes
 * seconds. When a {@code .jasper} is missing (a run from an IDE that skipped the build step) the
 * source is compiled instead, once.
 */
final class CompiledTemplates {

    private final Map<Template, JasperReport> reports = new EnumMap<>(Template.class);

    CompiledTemplates(JasperReportsContext context) {
        for (Template template : Template.values()) {
            reports.put(template, load(context, template));
        }
    }

    JasperReport get(Template template) {
        return reports.get(template);
    }

    private static JasperReport load(JasperReportsContext context, Template template) {
        ClassLoader loader = CompiledTemplates.class.getClassLoader();
        try (InputStream compiled = loader.getResourceAsStream(template.compiled())) {
            if (compiled != null) {
                return (JasperReport) JRLoader.loadObject(context, compiled);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("cannot load " + template.compiled(), e);
        }
        try (InputStream source = loader.getResourceAsStream(template.source())) {
            if (source == null) {
                throw new IllegalStateException("template missing from the classpath: " + template.source());
            }
            return JasperCompileManager.getInstance(context).compile(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("cannot compile " + template.source() + ": " + e.getMessage(), e);
        }
    }
}
