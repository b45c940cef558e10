package com.homeroom.intake;

import com.homeroom.publish.IntakeExport;
import com.homeroom.scoring.Scheme;
import com.homeroom.scoring.SchemeLoader;
import com.homeroom.warehouse.IntakeStore;
import com.homeroom.warehouse.Warehouse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the intake stage (registry → workbooks → validation → CSVs) on a folder against a real
 * DuckDB file, without Spring, and reads back the CSVs it wrote.
 */
public final class IntakeHarness {

    public record Result(List<Map<String, String>> rejects, List<Map<String, String>> intake, Warehouse warehouse) {

        public List<Map<String, String>> rejects(String code) {
            return rejects.stream().filter(r -> r.get("code").equals(code)).toList();
        }

        public Map<String, String> intakeOf(String file) {
            return intake.stream().filter(r -> r.get("file").equals(file)).findFirst().orElseThrow();
        }
    }

    private IntakeHarness() {
    }

    public static Result run(Path input, Path work, String period) throws Exception {
        return run(input, work, period, SchemeLoader.loadDefault());
    }

    public static Result run(Path input, Path work, String period, Scheme scheme) throws Exception {
        return run(input, work, period, scheme, new WorkbookOpener(20L * 1024 * 1024));
    }

    public static Result run(Path input, Path work, String period, Scheme scheme, WorkbookOpener opener) throws Exception {
        streamedAsTheUsermodelReads(input);
        Registry registry = new RegistryReader(opener).read(input);
        Warehouse warehouse = Warehouse.open(work.resolve("data"));
        IntakeStore store = new IntakeStore(warehouse);
        store.replaceRegistry(period, registry);
        WorkbookIntake intake = new WorkbookIntake(registry, scheme, period, opener);
        List<FileIntake> files = new ArrayList<>();
        for (InputFile f : InputFolder.workbooks(input)) {
            files.add(intake.read(f));
        }
        store.save(period, files);
        new IntakeValidation(warehouse).validate(period);
        Path district = work.resolve("out").resolve(period).resolve("district");
        new IntakeExport(warehouse).write(period, district);
        return new Result(readCsv(district.resolve("rejects.csv")), readCsv(district.resolve("intake.csv")), warehouse);
    }

    /**
     * Every .xlsx a scenario test wrote is also a case of the streaming reader's equivalence: where
     * both readers read a workbook, their rows must be the same. (Where only the usermodel reads it,
     * the streaming reader has rejected it on purpose — see {@link XlsxWorkbookSource}.)
     */
    private static void streamedAsTheUsermodelReads(Path input) throws Exception {
        for (InputFile f : InputFolder.workbooks(input)) {
            String name = f.relative().toLowerCase(java.util.Locale.ROOT);
            if (!Files.isRegularFile(f.path()) || !(name.endsWith(".xlsx") || name.endsWith(".xlsm"))) {
                continue;
            }
            Map<String, List<SheetRow>> usermodel;
            Map<String, List<SheetRow>> streamed;
            try {
                usermodel = XlsxWorkbookSourceTest.usermodel(f.path());
                streamed = XlsxWorkbookSourceTest.streamed(f.path());
            } catch (Exception unreadable) {
                continue;
            }
            org.assertj.core.api.Assertions.assertThat(streamed).as(f.relative()).isEqualTo(usermodel);
        }
    }

    /** A small RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF. */
    public static List<Map<String, String>> readCsv(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        for (SheetRow row : CsvWorkbookSource.parse(text)) {
            List<String> values = new ArrayList<>();
            for (RawCell c : row.cells()) {
                values.add(c.text() == null ? "" : c.text());
            }
            rows.add(values);
        }
        List<Map<String, String>> result = new ArrayList<>();
        List<String> header = rows.get(0);
        for (List<String> values : rows.subList(1, rows.size())) {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                map.put(header.get(i), i < values.size() ? values.get(i) : "");
            }
            result.add(map);
        }
        return result;
    }
}
