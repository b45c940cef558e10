package com.homeroom.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Dimension scores as (row, dimension, value) cells for the templates' crosstabs. A crosstab makes
 * one column per distinct dimension, in the order of first appearance, so the columns come from the
 * scheme's data rather than from the template: a scheme with 6 or 11 dimensions prints 6 or 11
 * columns (the crosstab continues on a further page if they no longer fit). Rows without scores
 * (未评分) get empty cells so they still print.
 */
final class ScoreGrid {

    private ScoreGrid() {
    }

    /** One cell of the school report's teacher table. */
    record TeacherCell(SchoolReportData.Teacher teacher, ReportDimension dimension, BigDecimal value) {
    }

    /** One cell of the archive's period table. */
    record PeriodCell(TeacherArchiveData.Period period, ReportDimension dimension, BigDecimal value) {
    }

    static List<TeacherCell> of(SchoolReportData data) {
        List<TeacherCell> cells = new ArrayList<>();
        for (SchoolReportData.Teacher teacher : data.teachers()) {
            for (int i = 0; i < data.dimensions().size(); i++) {
                BigDecimal value = teacher.scores().isEmpty() ? null : teacher.scores().get(i);
                cells.add(new TeacherCell(teacher, data.dimensions().get(i), value));
            }
        }
        return cells;
    }

    static List<PeriodCell> of(TeacherArchiveData data) {
        List<ReportDimension> all = new ArrayList<>();
        for (TeacherArchiveData.Period period : data.periods()) {
            for (TeacherArchiveData.DimensionScore score : period.scores()) {
                if (!all.contains(score.dimension())) {
                    all.add(score.dimension());
                }
            }
        }
        List<PeriodCell> cells = new ArrayList<>();
        for (TeacherArchiveData.Period period : data.periods()) {
            if (period.scores().isEmpty()) {
                // 未评分: one empty cell per known dimension keeps the period's row in the table
                for (ReportDimension dimension : all) {
                    cells.add(new PeriodCell(period, dimension, null));
                }
            }
            for (TeacherArchiveData.DimensionScore score : period.scores()) {
                cells.add(new PeriodCell(period, score.dimension(), score.value()));
            }
        }
        return cells;
    }
}
