package com.homeroom.reports;

/**
 * One row of the reject list as a school sees it. Values of personal columns (phone, birth date) and
 * phone-like digit runs are masked when printed: see {@link PersonalData}.
 *
 * @param row      the row number as Excel shows it; null for whole-file problems
 * @param severity {@code error} (row or file rejected) or {@code warning}
 */
public record DataProblem(String file, String sheet, Integer row, String column, String value, String severity,
                          String code, String message) {

    /** 拒收 (the row or file was rejected) or 警告 (kept, with a warning). */
    public String severityLabel() {
        return "error".equals(severity) ? "拒收" : "警告";
    }

    /** Sheet, row and column in one place: {@code 考核评分 第12行「德育工作」}. */
    public String location() {
        StringBuilder where = new StringBuilder(sheet == null ? "整个文件" : sheet);
        if (row != null) {
            where.append(" 第").append(row).append("行");
        }
        if (column != null && !column.isBlank()) {
            where.append("「").append(column).append("」");
        }
        return where.toString();
    }

    public String shownValue() {
        return PersonalData.value(column, value);
    }

    public String shownMessage() {
        return PersonalData.message(column, message);
    }
}
