package com.homeroom.publish;

import java.nio.file.Path;

/**
 * Where each file of a period goes (outputs.md): district files, one folder per school under its
 * 学区, one archive per teacher. School and zone names become safe folder names; codes and ids are
 * already limited to {@code [A-Z0-9-]} by the input contract.
 */
public record PeriodLayout(Path root, String period) {

    public Path district(String stem, String extension) {
        return root.resolve("district").resolve(stem + "_" + period + "." + extension);
    }

    public Path districtDir() {
        return root.resolve("district");
    }

    public Path schoolDir(String zone, String schoolCode, String schoolName) {
        return root.resolve("schools").resolve(FileNames.segment(zone, "未分学区"))
                .resolve(schoolCode + "_" + FileNames.segment(schoolName, schoolCode));
    }

    public Path schoolFile(Path schoolDir, String stem, String extension) {
        return schoolDir.resolve(stem + "_" + period + "." + extension);
    }

    public Path teacherArchive(String schoolCode, String teacherId) {
        return root.resolve("teachers").resolve(schoolCode).resolve(teacherId + ".pdf");
    }
}
