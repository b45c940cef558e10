package com.homeroom.intake;

import com.homeroom.intake.value.CellText;
import com.homeroom.intake.value.Identifiers;
import com.homeroom.intake.value.NumberRule;
import com.homeroom.intake.value.Numbers;
import com.homeroom.intake.value.SchoolTerms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Value rules of 工作记录 (input contract 2.5); invalid optional counts are warned and become 0. */
final class ActivitySheetReader {

    private static final NumberRule COUNT = NumberRule.integerRange(BigDecimal.ZERO, BigDecimal.valueOf(200));
    private static final NumberRule HOURS = NumberRule.range(1, BigDecimal.ZERO, BigDecimal.valueOf(500));
    private static final String DROPPED_TO_ZERO = "按0计";

    private ActivitySheetReader() {
    }

    static List<ActivityRow> read(SheetLayout layout, String file, String schoolCode, List<Problem> problems) {
        List<ActivityRow> rows = new ArrayList<>();
        for (SheetRow row : layout.dataRows()) {
            RowCheck check = new RowCheck(file, schoolCode, layout, row, problems);
            String id = check.required("教师编号", Identifiers::teacherId);
            BigDecimal meetings = check.required("主题班会次数", c -> Numbers.parse(c, COUNT));
            BigDecimal district = check.required("区级培训学时", c -> Numbers.parse(c, HOURS));
            BigDecimal zone = check.required("学区级培训学时", c -> Numbers.parse(c, HOURS));
            BigDecimal school = check.required("校级培训学时", c -> Numbers.parse(c, HOURS));
            int parents = count(check, "家长会次数");
            int visits = count(check, "家访次数");
            int phoneVisits = count(check, "电话家访次数");
            int practice = count(check, "社会实践活动次数");
            BigDecimal rate = check.optional("成长档案建档率", Numbers::percentage, DROPPED_TO_ZERO);
            String research = check.optional("课题研究级别", SchoolTerms::researchLevel, "按无计");
            rows.add(new ActivityRow(file, layout.sheetName(), row.rowNumber(), id,
                    meetings == null ? null : meetings.intValueExact(), district, zone, school,
                    parents, visits, phoneVisits, practice,
                    rate == null ? BigDecimal.ZERO.setScale(1) : rate,
                    research == null ? "无" : research, check.ok(), CellText.display(check.cell("教师编号"))));
        }
        return rows;
    }

    private static int count(RowCheck check, String column) {
        BigDecimal value = check.optional(column, c -> Numbers.parse(c, COUNT), DROPPED_TO_ZERO);
        return value == null ? 0 : value.intValueExact();
    }
}
