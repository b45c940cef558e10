package com.homeroom.publish;

import com.homeroom.publish.report.ReportInputs;
import com.homeroom.publish.report.SchoolReports;
import com.homeroom.publish.report.TeacherRef;
import com.homeroom.reports.DataDigest;
import com.homeroom.reports.PdfPasswords;
import com.homeroom.reports.ReportHeader;
import com.homeroom.reports.SchoolReportData;
import com.homeroom.reports.TeacherArchiveData;
import com.homeroom.scoring.Scheme;
import com.homeroom.reports.ReportRenderer;
import com.homeroom.warehouse.Warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Renders a period's documents into its working folder: the district's, each school's, each
 * teacher's. A school's or teacher's document whose data is what the published folder's was made
 * from is kept from there instead ({@link DocumentReuse}). Every method is safe to repeat (files are
 * replaced), so a restarted step or partition simply places them again.
 */
public final class ReportWriter {

    /**
     * Report inputs are read a batch at a time: a few queries per batch instead of several per
     * school or teacher, while only one batch of records is held in memory at province scale. Each
     * batch query scans the period's rows once (about 130 ms for 50 schools at 10,000 schools), so
     * batches are as large as memory comfortably allows: a few megabytes of records.
     */
    static final int SCHOOL_BATCH = 200;
    static final int ARCHIVE_BATCH = 1000;

    private final Warehouse warehouse;
    private final Warehouse records;
    private final ReportInputs inputs;
    private final ReportRenderer renderer;
    private final PeriodLayout layout;
    private final ReportHeader header;
    private final SchoolPasswords passwords;
    private final String renderIdentity;
    private final Path published;

    /**
     * @param renderIdentity the build, part of every document's digest: another build renders anew
     * @param published      {@code <out>/<period>}, where unchanged documents are kept from
     * @param records        where the record of the documents placed goes (document_digest): the
     *                       warehouse read, or a remote partition's own file
     */
    public ReportWriter(Warehouse warehouse, Warehouse records, ReportInputs inputs, ReportRenderer renderer,
                        PeriodLayout layout, ReportHeader header, SchoolPasswords passwords, String renderIdentity, Path published) {
        this.warehouse = warehouse;
        this.records = records;
        this.inputs = inputs;
        this.renderer = renderer;
        this.layout = layout;
        this.header = header;
        this.passwords = passwords;
        this.renderIdentity = renderIdentity;
        this.published = published;
    }

    /**
     * @param items what the step counts: schools, or 一师一档 PDFs
     * @param kept  documents kept from the published folder, unchanged, instead of rendered
     */
    public record Placed(int items, int kept) {
    }

    /**
     * 区级通报, 表彰名单, 梯队名单, 考核结果.xlsx and the district 数据问题清单.xlsx, on up to {@code threads}
     * threads at once (each is written by one thread, and the bulletin alone takes a large share:
     * one after another they left the second core idle); returns the files written.
     */
    public int district(Scheme scheme, int threads) throws IOException, SQLException {
        String period = layout.period();
        List<Document> documents = List.of(
                () -> WholeFile.write(layout.district("区级通报", "pdf"),
                        renderer.render(inputs.bulletin(period, header))),
                () -> new ResultsWorkbook(warehouse).write(period, scheme, layout.district("考核结果", "xlsx")),
                () -> WholeFile.write(layout.district("优秀班主任表彰名单", "pdf"),
                        renderer.render(inputs.commendations(period, header))),
                () -> WholeFile.write(layout.district("梯队名单", "pdf"), renderer.render(inputs.tiers(period, header))),
                () -> new ProblemListWorkbook(warehouse).writeDistrict(period, layout.district("数据问题清单", "xlsx")));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (Document document : documents) {
                done.add(pool.submit(() -> {
                    document.write();
                    return null;
                }));
            }
            for (Future<Void> document : done) {
                await(document);
            }
        } finally {
            pool.shutdownNow();
        }
        return documents.size();
    }

    @FunctionalInterface
    private interface Document {
        void write() throws IOException, SQLException;
    }

    private static void await(Future<Void> document) throws IOException, SQLException {
        try {
            document.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the district documents", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Each listed school's 学校反馈报告 and its own 数据问题清单; counts the schools. */
    public Placed schools(Collection<String> codes) throws IOException, SQLException {
        String period = layout.period();
        Map<String, SchoolFolders.SchoolFolder> folders = SchoolFolders.of(warehouse, period).stream()
                .collect(Collectors.toMap(SchoolFolders.SchoolFolder::code, f -> f));
        ProblemListWorkbook problems = new ProblemListWorkbook(warehouse);
        SchoolReports reports = inputs.schoolReports(period, header);
        DocumentReuse reuse = DocumentReuse.of(warehouse, period, layout.root(), published);
        for (List<String> batch : batches(List.copyOf(codes), SCHOOL_BATCH)) {
            Map<String, List<List<Object>>> problemRows = problems.schoolRows(period, batch);
            for (SchoolReportData report : reports.load(batch)) {
                String code = report.school().code();
                SchoolFolders.SchoolFolder folder = folders.get(code);
                Path dir = layout.schoolDir(folder.zone(), folder.code(), folder.name());
                PdfPasswords password = passwords.forSchool(code).orElse(null);
                String digest = DataDigest.of(report, renderIdentity, password);
                Path pdf = layout.schoolFile(dir, "学校反馈报告", "pdf");
                if (!reuse.keep(pdf, digest)) {
                    SchoolReportData stamped = report.withDataDigest(digest);
                    reuse.rendered(pdf, digest, password == null ? renderer.render(stamped)
                            : renderer.render(stamped, password));
                }
                Path problemList = layout.schoolFile(dir, "数据问题清单", "xlsx");
                List<List<Object>> rows = problemRows.getOrDefault(code, List.of());
                String rowsDigest = DataDigest.of(renderIdentity, ProblemListWorkbook.SHEET, period, code, rows);
                if (!reuse.keep(problemList, rowsDigest)) {
                    Files.createDirectories(dir);
                    problems.writeSchool(period, code, rows, problemList);
                    reuse.written(problemList, rowsDigest);
                }
            }
            reuse.record(records);
        }
        return new Placed(codes.size(), reuse.kept());
    }

    /** 一师一档 for every accepted teacher of the listed schools; counts the PDFs. */
    public Placed archives(Collection<String> schoolCodes) throws IOException, SQLException {
        Set<String> schools = Set.copyOf(schoolCodes);
        List<TeacherRef> teachers = inputs.teacherIds(layout.period()).stream()
                .filter(t -> schools.contains(t.schoolCode())).toList();
        DocumentReuse reuse = DocumentReuse.of(warehouse, layout.period(), layout.root(), published);
        for (List<TeacherRef> batch : batches(teachers, ARCHIVE_BATCH)) {
            Map<String, TeacherArchiveData> archives =
                    inputs.archives(batch.stream().map(TeacherRef::teacherId).toList(), header);
            for (TeacherRef teacher : batch) {
                TeacherArchiveData archive = archives.get(teacher.teacherId());
                if (archive == null) {
                    throw new IllegalStateException("teacher " + teacher.teacherId() + " has no assessment");
                }
                String digest = DataDigest.of(archive, renderIdentity, null);
                Path file = layout.teacherArchive(teacher.schoolCode(), teacher.teacherId());
                if (!reuse.keep(file, digest)) {
                    reuse.rendered(file, digest, renderer.render(archive.withDataDigest(digest)));
                }
            }
            reuse.record(records);
        }
        return new Placed(teachers.size(), reuse.kept());
    }

    private static <T> List<List<T>> batches(List<T> items, int size) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            batches.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        return batches;
    }

    public static List<String> codes(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }
}
