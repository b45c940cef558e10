package com.homeroom.publish;

import com.homeroom.publish.report.ReportInputs;
import com.homeroom.publish.report.TeacherRef;
import com.homeroom.reports.ReportHeader;
import com.homeroom.reports.ReportRenderer;
import com.homeroom.warehouse.Warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a period's documents into its working folder: the district's, each school's, each
 * teacher's. Every method is safe to repeat (files are overwritten), so a restarted step or
 * partition simply writes them again.
 */
public final class ReportWriter {

    private final Warehouse warehouse;
    private final ReportInputs inputs;
    private final ReportRenderer renderer;
    private final PeriodLayout layout;
    private final ReportHeader header;
    private final SchoolPasswords passwords;

    public ReportWriter(Warehouse warehouse, ReportInputs inputs, ReportRenderer renderer, PeriodLayout layout,
                        ReportHeader header, SchoolPasswords passwords) {
        this.warehouse = warehouse;
        this.inputs = inputs;
        this.renderer = renderer;
        this.layout = layout;
        this.header = header;
        this.passwords = passwords;
    }

    /** 区级通报, 表彰名单, 梯队名单, 考核结果.xlsx and the district 数据问题清单.xlsx; returns the files written. */
    public int district(com.homeroom.scoring.Scheme scheme) throws IOException, SQLException {
        String period = layout.period();
        write(layout.district("区级通报", "pdf"), renderer.render(inputs.bulletin(period, header)));
        write(layout.district("优秀班主任表彰名单", "pdf"), renderer.render(inputs.commendations(period, header)));
        write(layout.district("梯队名单", "pdf"), renderer.render(inputs.tiers(period, header)));
        new ResultsWorkbook(warehouse).write(period, scheme, layout.district("考核结果", "xlsx"));
        new ProblemListWorkbook(warehouse).writeDistrict(period, layout.district("数据问题清单", "xlsx"));
        return 5;
    }

    /** Each listed school's 学校反馈报告 and its own 数据问题清单; returns the number of schools. */
    public int schools(Collection<String> codes) throws IOException, SQLException {
        String period = layout.period();
        Map<String, SchoolFolders.SchoolFolder> folders = SchoolFolders.of(warehouse, period).stream()
                .collect(Collectors.toMap(SchoolFolders.SchoolFolder::code, f -> f));
        ProblemListWorkbook problems = new ProblemListWorkbook(warehouse);
        for (String code : codes) {
            SchoolFolders.SchoolFolder folder = folders.get(code);
            Path dir = layout.schoolDir(folder.zone(), folder.code(), folder.name());
            var report = inputs.school(period, code, header);
            write(layout.schoolFile(dir, "学校反馈报告", "pdf"), passwords.forSchool(code)
                    .map(p -> renderer.render(report, p)).orElseGet(() -> renderer.render(report)));
            Path problemList = layout.schoolFile(dir, "数据问题清单", "xlsx");
            Files.createDirectories(dir);
            problems.writeSchool(period, code, problemList);
        }
        return codes.size();
    }

    /** 一师一档 for every accepted teacher of the listed schools; returns the number written. */
    public int archives(Collection<String> schoolCodes) throws IOException, SQLException {
        int written = 0;
        for (TeacherRef teacher : inputs.teacherIds(layout.period())) {
            if (schoolCodes.contains(teacher.schoolCode())) {
                write(layout.teacherArchive(teacher.schoolCode(), teacher.teacherId()),
                        renderer.render(inputs.archive(teacher.teacherId(), header)));
                written++;
            }
        }
        return written;
    }

    public static List<String> codes(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
