package com.homeroom.operations;

import com.homeroom.publish.ReportWriter;
import com.homeroom.publish.SchoolPasswords;
import com.homeroom.publish.report.ReportInputs;
import com.homeroom.reports.ReportRenderer;
import com.homeroom.warehouse.Warehouse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Path;

/** Makes a run's ReportWriter, for the district's documents on the run and the partitions wherever they run. */
@Component
class ReportWriters {

    /** One renderer per process: templates compiled and fonts prepared once. */
    private final ReportRenderer renderer = new ReportRenderer();
    /** A CSV of 学校代码,密码 for encrypted school reports; empty: none are encrypted. */
    private final String schoolPasswords;

    ReportWriters(@Value("${homeroom.school-passwords:}") String schoolPasswords) {
        this.schoolPasswords = schoolPasswords;
    }

    ReportWriter of(RunSettings run, Warehouse reading, Warehouse records) throws Exception {
        SchoolPasswords passwords = schoolPasswords.isBlank() ? SchoolPasswords.none()
                : SchoolPasswords.read(Path.of(schoolPasswords));
        return new ReportWriter(reading, records, new ReportInputs(reading, run.scheme()), renderer, run.layout(),
                run.reportHeader(), passwords, HomeroomBuild.IDENTITY, run.periodFolder().published());
    }
}
