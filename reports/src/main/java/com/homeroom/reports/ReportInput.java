package com.homeroom.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;

/** What one fill needs: the template, extra parameters and the main data source. */
record ReportInput(Template template, Map<String, Object> parameters, JRDataSource dataSource) {

    /** Report property naming the author written into the PDF metadata. */
    static final String AUTHOR_PROPERTY = "com.homeroom.reports.author";

    static ReportInput of(ReportData data) {
        if (data instanceof SchoolReportData school) {
            return new ReportInput(Template.SCHOOL_REPORT, Map.of("SCORES", ScoreGrid.of(school)),
                    RecordDataSource.single(school));
        }
        if (data instanceof BulletinData bulletin) {
            return new ReportInput(Template.DISTRICT_BULLETIN, Map.of(), RecordDataSource.single(bulletin));
        }
        if (data instanceof CommendationListData list) {
            return new ReportInput(Template.COMMENDATION_LIST, Map.of("CITY", list.cityRecommended(), "DOCUMENT_NUMBER", list.documentNumber(),
                    "COMMENDED_COUNT", list.commended().size()),
                    RecordDataSource.of(byStageThenZone(list.commended())));
        }
        if (data instanceof TierListData tiers) {
            return new ReportInput(Template.TIER_LIST, Map.of("OVERVIEW", TierLine.overview(tiers)),
                    RecordDataSource.of(TierLine.of(tiers)));
        }
        if (data instanceof TeacherArchiveData archive) {
            return new ReportInput(Template.TEACHER_ARCHIVE, Map.of("SCORES", ScoreGrid.of(archive), "EXPLANATIONS", archive.notes()),
                    RecordDataSource.single(archive));
        }
        throw new IllegalArgumentException("no template for " + data.getClass().getName());
    }

    /** Stable sort: 学段 in school order, then 学区 by code point; merit order kept within a group. */
    static List<CommendationListData.Commended> byStageThenZone(List<CommendationListData.Commended> rows) {
        List<CommendationListData.Commended> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt((CommendationListData.Commended c) -> Labels.stageOrder(c.stage()))
                .thenComparing(CommendationListData.Commended::zone, Comparator.nullsLast(Comparator.naturalOrder())));
        return sorted;
    }
}
