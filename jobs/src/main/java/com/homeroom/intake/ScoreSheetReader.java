package com.homeroom.intake;

import com.homeroom.intake.value.CellText;
import com.homeroom.intake.value.Identifiers;
import com.homeroom.intake.value.NumberRule;
import com.homeroom.intake.value.Numbers;
import com.homeroom.intake.value.SchoolTerms;
import com.homeroom.scoring.Dimension;
import com.homeroom.scoring.Scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Value rules of 考核评分 (input contract 2.4): one column per scheme dimension, 0…max. */
final class ScoreSheetReader {

    private ScoreSheetReader() {
    }

    static List<ScoreRow> read(SheetLayout layout, Scheme scheme, String file, String schoolCode,
                               List<Problem> problems) {
        List<ScoreRow> rows = new ArrayList<>();
        for (SheetRow row : layout.dataRows()) {
            RowCheck check = new RowCheck(file, schoolCode, layout, row, problems);
            String id = check.required("教师编号", Identifiers::teacherId);
            String name = layout.has("姓名") ? whitespaceFree(CellText.normalized(check.cell("姓名"))) : null;
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            for (Dimension d : scheme.dimensions()) {
                NumberRule rule = NumberRule.score(d.max());
                values.put(d.code(), check.required(d.column(), c -> Numbers.parse(c, rule)));
            }
            String verdict = check.required("师德考核结论", SchoolTerms::ethicsVerdict);
            rows.add(new ScoreRow(file, layout.sheetName(), row.rowNumber(), id, name, values, verdict, check.ok(),
                    CellText.display(check.cell("教师编号"))));
        }
        return rows;
    }

    static String whitespaceFree(String text) {
        return text == null ? null : text.replaceAll("\\s+", "");
    }
}
