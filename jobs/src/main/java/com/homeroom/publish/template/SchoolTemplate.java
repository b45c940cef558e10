package com.homeroom.publish.template;

import com.homeroom.publish.FileNames;
import com.homeroom.intake.Contract;
import com.homeroom.intake.Registry;
import com.homeroom.intake.value.Periods;
import com.homeroom.scoring.Scheme;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The blank workbook a school fills in for a period ({@code homeroom template}): 填表说明, 基本信息
 * pre-filled from the registry, and the data sheets with the contract's headers and checks.
 */
public final class SchoolTemplate {

    static final String FILE_SUFFIX = "_班主任考核.xlsx";
    private static final String NO_ZONE = "未分学区";

    private SchoolTemplate() {
    }

    /** Writes {@code <outDir>/<学校名称>_<period>_班主任考核.xlsx} and returns it. */
    public static Path write(Registry.School school, String period, Scheme scheme, Path outDir) throws IOException {
        requirePeriod(period);
        return write(school, period, scheme, outDir, null, fileName(school, period, 0));
    }

    /**
     * One workbook per registry school, in a folder per 学区, in order of 学校代码. Two schools whose
     * safe names meet in one folder are told apart by their 学校代码.
     */
    public static List<Path> writeAll(Registry registry, String period, Scheme scheme, Path outDir) throws IOException {
        requirePeriod(period);
        List<Registry.School> schools = registry.all().stream()
                .sorted(Comparator.comparing(Registry.School::code)).toList();
        Set<String> taken = new HashSet<>();
        List<Path> written = new ArrayList<>();
        for (Registry.School school : schools) {
            String zone = FileNames.segment(school.zone(), NO_ZONE);
            String name = fileName(school, period, 0);
            for (int attempt = 1; !taken.add((zone + "/" + name).toLowerCase(Locale.ROOT)); attempt++) {
                name = fileName(school, period, attempt);
            }
            written.add(write(school, period, scheme, outDir, zone, name));
        }
        return List.copyOf(written);
    }

    /** attempt 0: the name alone; 1: with the school code; 2…: with the code and a number. */
    private static String fileName(Registry.School school, String period, int attempt) {
        String name = FileNames.segment(school.name(), school.code());
        String distinct = attempt == 0 ? "" : "_" + school.code() + (attempt == 1 ? "" : "_" + attempt);
        return name + distinct + "_" + period + FILE_SUFFIX;
    }

    private static Path write(Registry.School school, String period, Scheme scheme, Path outDir, String zone,
                              String fileName) throws IOException {
        Path file = inside(outDir, zone, fileName);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            TemplateStyles styles = new TemplateStyles(workbook);
            InstructionSheet.write(workbook, styles, school, period, scheme);
            BasicInfoSheet.write(workbook, styles, school, period);
            DataSheet.write(workbook, styles, Contract.ROSTER.name(), TemplateColumns.roster(school.type(), period));
            DataSheet.write(workbook, styles, Contract.scores(scheme).name(), TemplateColumns.scores(scheme));
            DataSheet.write(workbook, styles, Contract.ACTIVITY.name(), TemplateColumns.activity());
            DataSheet.write(workbook, styles, Contract.INCIDENTS.name(), TemplateColumns.incidents(period));
            workbook.setActiveSheet(0);
            TemplateFile.save(workbook, file, period, school.name() + BasicInfoSheet.periodText(period) + "班主任考核");
        }
        return file;
    }

    /** The target path, refused when it would land outside outDir (also through a linked folder). */
    private static Path inside(Path outDir, String zone, String fileName) throws IOException {
        Path root = outDir.toAbsolutePath().normalize();
        Path dir = zone == null ? root : root.resolve(zone).normalize();
        Path file = dir.resolve(fileName).normalize();
        if (!file.getParent().equals(dir) || !dir.startsWith(root)) {
            throw new IOException("template path " + file + " would leave the output folder " + root);
        }
        Files.createDirectories(dir);
        if (!dir.toRealPath().startsWith(root.toRealPath())) {
            throw new IOException("folder " + dir + " links outside the output folder " + root);
        }
        return file;
    }

    private static void requirePeriod(String period) {
        if (!Periods.isValidCode(period)) {
            throw new IllegalArgumentException("period must be like 2025-2026, got " + period);
        }
    }
}
