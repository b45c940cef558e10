package com.homeroom.reports;

/** The report templates, one folder each under {@code reports/} on the classpath. */
enum Template {
    DISTRICT_BULLETIN("bulletin/DistrictBulletin"),
    COMMENDATION_LIST("commendation/CommendationList"),
    TIER_LIST("tiers/TierList"),
    SCHOOL_REPORT("school/SchoolReport"),
    TEACHER_ARCHIVE("archive/TeacherArchive");

    static final String ROOT = "reports/";

    private final String name;

    Template(String name) {
        this.name = name;
    }

    /** Classpath location of the source, e.g. {@code reports/school/SchoolReport.jrxml}. */
    String source() {
        return ROOT + name + ".jrxml";
    }

    /** Classpath location of the compiled form written at build time. */
    String compiled() {
        return ROOT + name + ".jasper";
    }
}
