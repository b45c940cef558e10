package com.homeroom.intake;

import com.homeroom.intake.value.CellText;
import com.homeroom.intake.value.Identifiers;
import com.homeroom.intake.value.Parsed;
import com.homeroom.intake.value.SchoolTerms.SchoolType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.homeroom.intake.SheetSpec.required;

/**
 * Reads 学校名录 (.xlsx, .xls or .csv in UTF-8 or GB18030). Unlike a school workbook, a registry
 * with any bad row cannot start a run: every decision of the period hangs on it.
 */
public final class RegistryReader {

    public static final List<String> FILE_NAMES = List.of("学校名录.xlsx", "学校名录.xls", "学校名录.csv");
    static final SheetSpec SPEC = new SheetSpec("学校名录", List.of(), 0, List.of(
            required("学校代码"), required("学校名称"), required("学区"), required("学校类型")));
    private static final int MAX_LISTED = 20;

    private final WorkbookOpener opener;

    public RegistryReader(WorkbookOpener opener) {
        this.opener = opener;
    }

    /** The registry file in the top of the input folder, if there is one. */
    public static Optional<Path> locate(Path inputDir) {
        return FILE_NAMES.stream().map(inputDir::resolve).filter(Files::isRegularFile).findFirst();
    }

    public Registry read(Path inputDir) throws RegistryException {
        Path file = locate(inputDir).orElseThrow(() -> new RegistryException(
                "输入目录" + inputDir + "中找不到学校名录（" + String.join("、", FILE_NAMES) + "）", List.of()));
        try (WorkbookSource source = open(file)) {
            String sheet = source.sheetNames().get(0);
            SheetLayout layout = SheetLayout.locate(SPEC, sheet, source.rows(sheet));
            if (layout == null) {
                throw new RegistryException("学校名录前10行中找不到表头（需包含学校代码、学校名称、学区、学校类型）", List.of());
            }
            return rows(file, layout);
        } catch (IOException e) {
            throw new RegistryException("学校名录" + file.getFileName() + "无法读取：" + e.getMessage(), List.of());
        } catch (FileRejection e) {
            throw new RegistryException("学校名录" + file.getFileName() + "无法读取：" + e.getMessage(), List.of());
        } catch (RejectedWhileReading e) {
            throw new RegistryException("学校名录" + file.getFileName() + "无法读取：" + e.rejection().getMessage(), List.of());
        }
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private WorkbookSource open(Path file) throws IOException, FileRejection {
        return file.getFileName().toString().endsWith(".csv") ? CsvWorkbookSource.read(file) : opener.open(file);
    }

    private static Registry rows(Path file, SheetLayout layout) throws RegistryException {
        Map<String, Registry.School> schools = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (SheetRow row : layout.dataRows()) {
            String where = "第" + row.rowNumber() + "行";
            Parsed<String> code = Identifiers.schoolCode(layout.cell(row, "学校代码"));
            // names stay as typed (only trimmed): they are printed on every report and folder name
            String name = emptyToNull(CellText.display(layout.cell(row, "学校名称")));
            String zone = emptyToNull(CellText.display(layout.cell(row, "学区")));
            String typeText = CellText.normalized(layout.cell(row, "学校类型"));
            Optional<SchoolType> type = typeText == null ? Optional.empty() : SchoolType.fromLabel(typeText);
            if (!code.isOk()) {
                problems.add(where + "「学校代码」" + (code.isEmpty() ? "未填写" : "格式不正确，应为2至20位大写字母、数字或-"));
            } else if (schools.containsKey(code.value())) {
                problems.add(where + "「学校代码」" + code.value() + "重复");
            }
            if (name == null) {
                problems.add(where + "「学校名称」未填写");
            }
            if (zone == null) {
                problems.add(where + "「学区」未填写");
            }
            if (type.isEmpty()) {
                problems.add(where + "「学校类型」" + (typeText == null ? "未填写" : "为" + typeText + "，应为小学、初中、九年一贯制、完全中学或高中"));
            }
            if (code.isOk() && name != null && zone != null && type.isPresent()) {
                schools.putIfAbsent(code.value(), new Registry.School(code.value(), name, zone, type.get()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RegistryException("学校名录" + file.getFileName() + "有" + problems.size() + "处错误，请修正后再运行",
                    problems.subList(0, Math.min(MAX_LISTED, problems.size())));
        }
        if (schools.isEmpty()) {
            throw new RegistryException("学校名录" + file.getFileName() + "中没有学校", List.of());
        }
        return new Registry(file.getFileName().toString(), schools);
    }
}
