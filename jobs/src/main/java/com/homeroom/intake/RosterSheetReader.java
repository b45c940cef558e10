package com.homeroom.intake;

import com.homeroom.intake.value.CellText;
import com.homeroom.intake.value.Dates;
import com.homeroom.intake.value.Identifiers;
import com.homeroom.intake.value.NumberRule;
import com.homeroom.intake.value.Numbers;
import com.homeroom.intake.value.SchoolTerms;
import com.homeroom.intake.value.SchoolTerms.SchoolType;
import com.homeroom.intake.value.SchoolTerms.Stage;
import com.homeroom.intake.value.SchoolTerms.Tier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Value rules of 班主任名册 (input contract 2.3); cross-row rules run later in the warehouse. */
final class RosterSheetReader {

    private static final NumberRule YEARS = NumberRule.range(1, BigDecimal.ZERO, BigDecimal.valueOf(45));
    private static final NumberRule CLASS_SIZE = NumberRule.integerRange(BigDecimal.ONE, BigDecimal.valueOf(80));

    private RosterSheetReader() {
    }

    static List<RosterRow> read(SheetLayout layout, String file, String schoolCode, SchoolType type,
                                List<Problem> problems) {
        List<RosterRow> rows = new ArrayList<>();
        for (SheetRow row : layout.dataRows()) {
            RowCheck check = new RowCheck(file, schoolCode, layout, row, problems);
            String id = check.required("教师编号", Identifiers::teacherId);
            String name = check.required("姓名", Identifiers::personName);
            Stage stage = check.required("学段", SchoolTerms::stage);
            if (stage != null && !type.stages().contains(stage)) {
                check.reject("学段", "STAGE_NOT_ALLOWED", check.prefix("学段") + "为" + stage.label()
                        + "，本校学校类型为" + type.label() + "，不含该学段");
                stage = null;
            }
            Integer grade = check.required("年级", SchoolTerms::gradeLevel);
            if (grade != null && stage != null && SchoolTerms.stageOfGrade(grade) != stage) {
                check.reject("年级", "GRADE_STAGE_MISMATCH", check.prefix("年级") + "为"
                        + CellText.quoted(check.cell("年级")) + "，与学段" + stage.label() + "不符");
                grade = null;
            }
            Integer classNo = check.required("班级", SchoolTerms::classNo);
            BigDecimal years = check.required("担任班主任年限", c -> Numbers.parse(c, YEARS));
            String gender = check.optional("性别", SchoolTerms::gender, "已忽略该值");
            var birth = check.optional("出生日期", Dates::parse, "已忽略该值");
            BigDecimal size = check.optional("班级学生数", c -> Numbers.parse(c, CLASS_SIZE), "已忽略该值");
            String title = CellText.normalized(check.cell("职称"));
            Tier tier = check.optional("现任梯队", SchoolTerms::tier, "按普通处理");
            String phone = check.optional("联系电话", Identifiers::phone, "已忽略该值");
            rows.add(new RosterRow(file, layout.sheetName(), row.rowNumber(), id, name,
                    stage == null ? null : stage.label(), grade, classNo, years, gender, birth,
                    size == null ? null : size.intValueExact(), title,
                    (tier == null ? Tier.REGULAR : tier).label(), phone, check.ok(),
                    CellText.display(check.cell("教师编号")), CellText.display(check.cell("班级"))));
        }
        return rows;
    }
}
