package com.homeroom.reports;

/**
 * The input of one PDF. Each implementation is a plain record tree holding everything its document
 * shows, and nothing more: audiences see only what their record carries.
 */
public sealed interface ReportData
        permits BulletinData, CommendationListData, TierListData, SchoolReportData, TeacherArchiveData {

    /** Period, issuing body, generation date and lineage printed on every page. */
    ReportHeader header();
}
