package com.homeroom.operations;

import com.homeroom.publish.report.ReportInputs;
import com.homeroom.reports.NaiveRendering;
import com.homeroom.reports.ReportHeader;
import com.homeroom.reports.SchoolReportData;
import com.homeroom.scoring.SchemeLoader;
import com.homeroom.warehouse.Warehouse;

import java.time.LocalDate;
import java.util.List;

/**
 * School reports rendered the naive way ({@link NaiveRendering}: the template compiled for every
 * document, JasperReports defaults throughout) from the records of the run's own warehouse. Only
 * compile, fill and export are timed; reading the records is not, so the baseline is, if anything,
 * flattered against the school report step, whose time includes its queries and workbooks.
 */
final class BenchPdfBaseline {

    private static final int SCHOOLS_READ = 50;

    private BenchPdfBaseline() {
    }

    static BenchRate run(Warehouse warehouse, String period, double budgetSeconds) throws Exception {
        ReportInputs inputs = new ReportInputs(warehouse, SchemeLoader.loadDefault());
        List<String> codes = inputs.schoolCodes(period);
        List<SchoolReportData> reports = inputs.schoolReports(period,
                        ReportHeader.of(period, LocalDate.of(2026, 7, 1), "bench", "bench"))
                .load(codes.subList(0, Math.min(SCHOOLS_READ, codes.size())));
        long bytes = 0;
        int done = 0;
        long start = System.nanoTime();
        while (done < reports.size()) {
            bytes += NaiveRendering.render(reports.get(done)).length;
            done++;
            if (BenchRate.seconds(start) >= budgetSeconds) {
                break;
            }
        }
        return new BenchRate(done, "PDFs", BenchRate.seconds(start), (bytes >> 10) + " KB of PDF");
    }
}
