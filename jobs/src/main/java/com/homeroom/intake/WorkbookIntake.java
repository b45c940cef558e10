package com.homeroom.intake;

import com.homeroom.Sha256;
import com.homeroom.intake.value.CellText;
import com.homeroom.intake.value.Dates;
import com.homeroom.intake.value.Identifiers;
import com.homeroom.intake.value.Periods;
import com.homeroom.scoring.Scheme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one school workbook against the contract. Whole-file checks run in the contract's order
 * (open → required sheet → header → 学校代码 → 考核周期); SUPERSEDED and every rule that spans rows
 * or schools are decided later, over all files, in the warehouse.
 */
public final class WorkbookIntake {

    private final Registry registry;
    private final Scheme scheme;
    private final String period;
    private final WorkbookOpener opener;

    public WorkbookIntake(Registry registry, Scheme scheme, String period, WorkbookOpener opener) {
        this.registry = registry;
        this.scheme = scheme;
        this.period = period;
        this.opener = opener;
    }

    public FileIntake read(InputFile input) throws IOException {
        Path path = input.path();
        String file = input.relative();
        FileRejection unsafe = outsideOrNotWorkbook(input);
        if (unsafe != null) {
            return failed(file, "", 0, Instant.EPOCH, null, null, unsafe.code(), unsafe.getMessage());
        }
        String sha = Sha256.of(path);
        long bytes = Files.size(path);
        Instant modified = Files.getLastModifiedTime(path).toInstant();
        List<Problem> problems = new ArrayList<>();
        try (WorkbookSource workbook = new SheetRowLimit(opener.open(path), opener.maxRowsPerSheet())) {
            return readOpened(workbook, file, sha, bytes, modified, problems);
        } catch (FileRejection rejection) {
            return failed(file, sha, bytes, modified, null, null, rejection.code(), rejection.getMessage());
        } catch (RejectedWhileReading rejected) {
            FileRejection rejection = rejected.rejection();
            return failed(file, sha, bytes, modified, null, null, rejection.code(), rejection.getMessage());
        }
    }

    /**
     * A link out of the input folder is never followed; only a regular file is read (a named pipe
     * would block the run, a directory cannot be hashed); a file that is not .xlsx/.xlsm/.xls is not read.
     */
    private static FileRejection outsideOrNotWorkbook(InputFile input) throws IOException {
        Path path = input.path();
        if (Files.isSymbolicLink(path)) {
            Path root = path.toAbsolutePath().getRoot();
            Path inputRoot = inputRoot(input);
            Path target = Files.exists(path) ? path.toRealPath() : root;
            if (!target.startsWith(inputRoot.toRealPath())) {
                return new FileRejection("LINK_OUTSIDE_INPUT", "文件是指向输入目录以外的链接，未读取");
            }
        }
        if (!Files.isRegularFile(path)) {
            return new FileRejection("NOT_SPREADSHEET", "不是普通文件（是文件夹链接、管道或设备），未读取");
        }
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!(name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls"))) {
            return new FileRejection("NOT_SPREADSHEET", "文件不是Excel工作簿（应为.xlsx或.xls），未读取");
        }
        return null;
    }

    private static Path inputRoot(InputFile input) {
        Path root = input.path().toAbsolutePath();
        for (int i = 0; i < input.relative().split("/").length; i++) {
            root = root.getParent();
        }
        return root;
    }

    private FileIntake readOpened(WorkbookSource workbook, String file, String sha, long bytes, Instant modified,
                                  List<Problem> problems) throws FileRejection {
        List<String> sheets = workbook.sheetNames();
        String infoSheet = new SheetSpec(Contract.BASIC_INFO, List.of(), 0, List.of()).findIn(sheets);
        SheetSpec scoreSpec = Contract.scores(scheme);
        String rosterSheet = Contract.ROSTER.findIn(sheets);
        String scoreSheet = scoreSpec.findIn(sheets);
        for (String[] required : new String[][]{{infoSheet, Contract.BASIC_INFO},
                {rosterSheet, Contract.ROSTER.name()}, {scoreSheet, scoreSpec.name()}}) {
            if (required[0] == null) {
                throw new FileRejection("SHEET_MISSING", "缺少必需的工作表「" + required[1] + "」");
            }
        }
        SheetLayout roster = requiredLayout(Contract.ROSTER, rosterSheet, workbook);
        SheetLayout scores = requiredLayout(scoreSpec, scoreSheet, workbook);

        BasicInfo info = BasicInfo.read(infoSheet, workbook.rows(infoSheet));
        String code = Identifiers.schoolCode(info.text("学校代码") == null ? "" : info.text("学校代码")).value();
        Optional<Registry.School> school = registry.school(code);
        if (school.isEmpty()) {
            String shown = info.text("学校代码");
            throw new FileRejection("UNKNOWN_SCHOOL", shown == null
                    ? "「基本信息」未填写学校代码"
                    : "「基本信息」中的学校代码" + shown + "不在学校名录中");
        }
        String periodText = info.text("考核周期");
        Optional<String> filePeriod = periodText == null ? Optional.empty() : Periods.normalize(periodText);
        if (filePeriod.isEmpty() || !filePeriod.get().equals(period)) {
            return failed(file, sha, bytes, modified, code, null, "WRONG_PERIOD", periodText == null
                    ? "「基本信息」未填写考核周期"
                    : "「基本信息」中的考核周期为" + periodText + "，本次考核周期为" + period);
        }
        LocalDate fillDate = fillDate(info, file, code, problems);
        checkSchoolName(info, school.get(), file, problems);

        List<RosterRow> rosterRows = RosterSheetReader.read(roster, file, code, school.get().type(), problems);
        List<ScoreRow> scoreRows = ScoreSheetReader.read(scores, scheme, file, code, problems);
        SheetLayout activity = optionalLayout(Contract.ACTIVITY, workbook, file, code, problems);
        List<ActivityRow> activityRows = activity == null ? List.of()
                : ActivitySheetReader.read(activity, file, code, problems);
        SheetLayout incidents = optionalLayout(Contract.INCIDENTS, workbook, file, code, problems);
        List<IncidentRow> incidentRows = incidents == null ? List.of()
                : IncidentSheetReader.read(incidents, period, file, code, problems);
        return new FileIntake(file, sha, bytes, modified, code, fillDate, null, null,
                rosterRows, scoreRows, activityRows, incidentRows, problems);
    }

    private static SheetLayout requiredLayout(SheetSpec spec, String sheet, WorkbookSource workbook)
            throws FileRejection {
        SheetLayout layout = SheetLayout.locate(spec, sheet, workbook.rows(sheet));
        if (layout == null) {
            throw new FileRejection("HEADER_NOT_FOUND", "工作表「" + sheet.strip() + "」前10行中找不到表头（需包含"
                    + String.join("、", spec.requiredColumns()) + "）");
        }
        return layout;
    }

    /** An optional sheet that is absent or empty means none; one with rows but no header is warned. */
    private static SheetLayout optionalLayout(SheetSpec spec, WorkbookSource workbook, String file, String code,
                                              List<Problem> problems) {
        String sheet = spec.findIn(workbook.sheetNames());
        if (sheet == null) {
            return null;
        }
        SheetLayout layout = SheetLayout.locate(spec, sheet, workbook.rows(sheet));
        if (layout == null && workbook.rows(sheet).iterator().hasNext()) {
            problems.add(new Problem(file, code, sheet.strip(), spec.order(), null, null, -1, null,
                    Problem.Severity.WARNING, "HEADER_NOT_FOUND", "工作表「" + sheet.strip()
                    + "」前10行中找不到表头（需包含" + String.join("、", spec.requiredColumns()) + "），该表未读取"));
        }
        return layout;
    }

    private static LocalDate fillDate(BasicInfo info, String file, String code, List<Problem> problems) {
        BasicInfo.Entry entry = info.entries().get("填报日期");
        if (entry == null || CellText.isEmpty(entry.value())) {
            return null;
        }
        LocalDate date = Dates.parse(entry.value()).value();
        if (date == null) {
            problems.add(new Problem(file, code, info.sheet().strip(), Contract.BASIC_INFO_ORDER, entry.row(), "填报日期",
                    0, CellText.display(entry.value()), Problem.Severity.WARNING, "INVALID_OPTIONAL",
                    "第" + entry.row() + "行「填报日期」为" + CellText.quoted(entry.value()) + "，不是有效的日期，已忽略该值"));
        }
        return date;
    }

    private static void checkSchoolName(BasicInfo info, Registry.School school, String file, List<Problem> problems) {
        BasicInfo.Entry entry = info.entries().get("学校名称");
        String name = info.text("学校名称");
        String registered = java.text.Normalizer.normalize(school.name(), java.text.Normalizer.Form.NFKC);
        if (entry != null && name != null && !name.replaceAll("\\s+", "").equals(registered.replaceAll("\\s+", ""))) {
            problems.add(new Problem(file, school.code(), info.sheet().strip(), Contract.BASIC_INFO_ORDER, entry.row(),
                    "学校名称", 0, CellText.display(entry.value()), Problem.Severity.WARNING, "SCHOOL_NAME_MISMATCH",
                    "第" + entry.row() + "行「学校名称」为" + CellText.quoted(entry.value()) + "，学校名录中为"
                            + school.name() + "，以学校代码为准"));
        }
    }

    private static FileIntake failed(String file, String sha, long bytes, Instant modified, String code,
                                     LocalDate fillDate, String failure, String message) {
        return new FileIntake(file, sha, bytes, modified, code, fillDate, failure, message,
                List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
