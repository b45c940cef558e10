package com.homeroom.sample;

import com.homeroom.sample.Layout.Quirk;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes a {@link DraftSheet} into a workbook the way the school lays it out; records Excel row numbers. */
final class SheetWriter {

    private static final Set<String> STARRED = Set.of("教师编号", "学段", "年级", "班级", "担任班主任年限", "主题班会次数");
    private static final List<String> NOTES = List.of("填表说明：",
            "1. 教师编号由区教体局统一编制，调入教师沿用原编号，请勿自行编号；",
            "2. 各项得分不得超过该项满分，可保留一位小数；",
            "3. 本表由学校考核小组填写，经校长审核后报送学区。");

    private final WorkbookStyles styles;
    private final Map<String, BigDecimal> maxima;

    SheetWriter(WorkbookStyles styles, Map<String, BigDecimal> maxima) {
        this.styles = styles;
        this.maxima = maxima;
    }

    void write(DraftSheet draft, Layout layout, String title, String subtitle) {
        Sheet sheet = styles.workbook().createSheet(draft.name);
        int width = draft.columns.size();
        int r = 0;
        if (layout.has(Quirk.TITLE_ROW) || layout.has(Quirk.TWO_TITLE_ROWS)) {
            titleRow(sheet, r++, title, width);
        }
        if (layout.has(Quirk.TWO_TITLE_ROWS)) {
            titleRow(sheet, r++, subtitle, width);
        }
        Row header = sheet.createRow(r++);
        for (int c = 0; c < width; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(headerText(draft.columns.get(c), layout.has(Quirk.DECORATED_HEADERS), c));
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(c, (draft.columns.get(c).length() + 4) * 512);
        }
        List<CellRangeAddress> merges = new ArrayList<>();
        String merged = layout.has(Quirk.MERGE_GRADE) ? "年级" : layout.has(Quirk.MERGE_CLASS) ? "班级" : null;
        boolean[] covered = merged == null || !draft.columns.contains(merged) ? new boolean[draft.rows.size()]
                : mergeRuns(draft, merged, r, merges);
        for (int i = 0; i < draft.rows.size(); i++, r++) {
            DraftRow row = draft.rows.get(i);
            Row x = sheet.createRow(r);
            row.excelRow = r + 1;
            for (int c = 0; c < width; c++) {
                String column = draft.columns.get(c);
                boolean skip = covered[i] && column.equals(merged);
                if (!skip && (row.kind != DraftRow.Kind.TEMPLATE || column.equals("序号"))) {
                    styles.put(x, c, row.cells.get(column));
                }
            }
            if (!draft.summed.isEmpty() && row.kind != DraftRow.Kind.BLANK) {
                x.createCell(draft.columns.indexOf("总分")).setCellFormula(sum(draft, r));
            }
        }
        merges.forEach(sheet::addMergedRegion);
        if (layout.has(Quirk.NOTE_BLOCK)) {
            r++;
            for (String note : NOTES) {
                sheet.createRow(r++).createCell(0).setCellValue(note);
            }
            Row example = sheet.createRow(r);
            example.createCell(0).setCellValue("例：");
            example.createCell(1).setCellValue("T000000");
            example.createCell(2).setCellValue("示例教师");
        }
    }

    private void titleRow(Sheet sheet, int r, String text, int width) {
        Cell cell = sheet.createRow(r).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(styles.title());
        if (width > 1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
        }
    }

    /** Runs of equal values in a column over consecutive data rows, merged down; true for rows under a merge's top. */
    private static boolean[] mergeRuns(DraftSheet draft, String column, int firstRow, List<CellRangeAddress> merges) {
        int c = draft.columns.indexOf(column);
        boolean[] covered = new boolean[draft.rows.size()];
        int start = 0;
        for (int i = 1; i <= draft.rows.size(); i++) {
            boolean same = i < draft.rows.size() && draft.rows.get(i).kind == DraftRow.Kind.DATA
                    && draft.rows.get(start).kind == DraftRow.Kind.DATA
                    && draft.rows.get(i).cells.get(column) != null
                    && draft.rows.get(i).cells.get(column).equals(draft.rows.get(start).cells.get(column));
            if (same) {
                covered[i] = true;
            } else {
                if (i - start > 1) {
                    merges.add(new CellRangeAddress(firstRow + start, firstRow + i - 1, c, c));
                }
                start = i;
            }
        }
        return covered;
    }

    private static String sum(DraftSheet draft, int r) {
        List<String> refs = new ArrayList<>();
        for (String column : draft.summed) {
            refs.add(CellReference.convertNumToColString(draft.columns.indexOf(column)) + (r + 1));
        }
        return "SUM(" + String.join(",", refs) + ")";
    }

    private String headerText(String column, boolean decorated, int index) {
        if (!decorated) {
            return column;
        }
        BigDecimal max = maxima.get(column);
        if (max != null) {
            String points = max.stripTrailingZeros().toPlainString();
            return index % 2 == 0 ? column + "（" + points + "分）" : column + "\n【" + points + "分】";
        }
        if (STARRED.contains(column)) {
            return "* " + column;
        }
        return switch (column) {
            case "成长档案建档率" -> "成长档案建档率(%)";
            case "区级培训学时", "学区级培训学时", "校级培训学时" -> column + "（小时）";
            case "发生日期" -> "发生日期\n（年月日）";
            default -> column;
        };
    }
}
