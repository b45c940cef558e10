package com.homeroom.intake;

import com.homeroom.intake.value.CellText;
import com.homeroom.intake.value.Dates;
import com.homeroom.intake.value.Identifiers;
import com.homeroom.intake.value.Parsed;
import com.homeroom.intake.value.Periods;
import com.homeroom.intake.value.SchoolTerms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Value rules of 安全事故 (input contract 2.6): the date must fall inside the period. */
final class IncidentSheetReader {

    private IncidentSheetReader() {
    }

    static List<IncidentRow> read(SheetLayout layout, String period, String file, String schoolCode,
                                  List<Problem> problems) {
        LocalDate start = Periods.start(period);
        LocalDate end = Periods.end(period);
        List<IncidentRow> rows = new ArrayList<>();
        for (SheetRow row : layout.dataRows()) {
            RowCheck check = new RowCheck(file, schoolCode, layout, row, problems);
            String id = check.required("教师编号", Identifiers::teacherId);
            LocalDate date = check.required("发生日期", Dates::parse);
            if (date != null && (date.isBefore(start) || date.isAfter(end))) {
                check.reject("发生日期", "OUTSIDE_PERIOD", check.prefix("发生日期") + "为" + date
                        + "，不在考核周期" + period + "（" + start + "至" + end + "）内");
                date = null;
            }
            String summary = check.required("事件简述", c -> {
                String text = CellText.normalized(c);
                return text == null ? Parsed.empty() : Parsed.ok(text);
            });
            String responsibility = check.required("责任认定", SchoolTerms::responsibility);
            String consequence = check.required("后果等级", SchoolTerms::consequence);
            rows.add(new IncidentRow(file, layout.sheetName(), row.rowNumber(), id, date, summary,
                    responsibility, consequence, check.ok(), CellText.display(check.cell("教师编号"))));
        }
        return rows;
    }
}
