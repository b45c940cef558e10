/**
 * The PDFs people read: the district bulletin (区级通报), the commendation list (优秀班主任表彰名单),
 * the tier list (梯队名单), each school's feedback report (学校反馈报告) and each teacher's archive
 * (一师一档).
 *
 * <p>This stage owns the JasperReports templates under {@code reports/<report>/}, the shared styles
 * ({@code reports/styles/homeroom.jrtx}), the Noto Sans SC font extension and a small rendering API:
 * callers build one of the {@link com.homeroom.reports.ReportData} records and call
 * {@link com.homeroom.reports.ReportRenderer#render(ReportData)} to get PDF bytes. No Spring, no
 * database: the data arrives as plain records, read by {@link com.homeroom.reports.RecordDataSource}.
 *
 * <p>Rendering is deterministic: the same record gives the same bytes (fixed metadata dates,
 * document ID derived from the content, reproducible font subset tags).
 */
package com.homeroom.reports;
