package com.homeroom.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build step (exec-maven-plugin, phase process-classes): compiles every {@code .jrxml} under
 * {@code <classes>/reports} to a {@code .jasper} beside it, so a process loads compiled templates
 * in milliseconds instead of compiling them (seconds) at start-up. A template is recompiled when its
 * {@code .jasper} is older than the {@code .jrxml} or than any class of this package (expressions
 * call the record classes, so a changed record needs new compiled expressions).
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: TemplateCompiler <classes directory>");
        }
        Path classes = Path.of(args[0]);
        Path root = classes.resolve(Template.ROOT);
        long newestClass = newest(classes.resolve(TemplateCompiler.class.getPackageName().replace('.', '/')), ".class");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path source : sources) {
            Path target = source.resolveSibling(source.getFileName().toString().replaceAll("\\.jrxml$", ".jasper"));
            long inputs = Math.max(newestClass, Files.getLastModifiedTime(source).toMillis());
            if (!Files.exists(target) || Files.getLastModifiedTime(target).toMillis() <= inputs) {
                JasperCompileManager.compileReportToFile(source.toString(), target.toString());
            }
        }
    }

    private static long newest(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            long newest = 0;
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(suffix))::iterator) {
                newest = Math.max(newest, Files.getLastModifiedTime(file).toMillis());
            }
            return newest;
        }
    }
}
