package com.homeroom.publish.template;

import com.homeroom.intake.Contract;
import com.homeroom.intake.Registry;
import com.homeroom.intake.value.Periods;
import com.homeroom.intake.value.SchoolTerms.Stage;
import com.homeroom.scoring.Dimension;
import com.homeroom.scoring.Scheme;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** 填表说明: one row per rule, in the words of the input contract, for the clerk who fills the file in. */
final class InstructionSheet {

    static final String NAME = "填表说明";
    private static final int TEXT_WIDTH = 100;
    private static final float LINE_POINTS = 15f;

    private InstructionSheet() {
    }

    static XSSFSheet write(XSSFWorkbook workbook, TemplateStyles styles, Registry.School school, String period,
                           Scheme scheme) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(school.name() + " " + BasicInfoSheet.periodText(period) + "班主任考核数据填报说明");
        title.getCell(0).setCellStyle(styles.title);
        int r = 2;
        for (String[] line : lines(school, period, scheme)) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line[0]);
            row.getCell(0).setCellStyle(styles.label);
            row.createCell(1).setCellValue(line[1]);
            row.getCell(1).setCellStyle(styles.note);
            // Excel does not grow a row for wrapped text it did not lay out itself
            row.setHeightInPoints(LINE_POINTS * lines(line[1]) + 4);
        }
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, TEXT_WIDTH * 256);
        return sheet;
    }

    static List<String[]> lines(Registry.School school, String period, Scheme scheme) {
        String stages = school.type().stages().stream().map(Stage::label).collect(Collectors.joining("、"));
        String dimensions = scheme.dimensions().stream()
                .map(d -> d.column() + max(d)).collect(Collectors.joining("、"));
        List<String[]> lines = new ArrayList<>();
        lines.add(line("本工作簿", "用于报送本校" + BasicInfoSheet.periodText(period) + "的班主任考核数据，每校一份。"
                + "文件名可以修改，学校以「基本信息」中的学校代码识别；请勿增删或改名工作表，不要设置密码。"));
        lines.add(line(Contract.BASIC_INFO, "学校代码、学校名称、考核周期已预填，请勿修改：学校代码不在学校名录中或考核周期不是"
                + BasicInfoSheet.periodText(period) + "时，整个文件将被退回。请填写填报人、联系电话和填报日期；"
                + "同一学校报送多份时，以填报日期较晚的一份为准。"));
        lines.add(line(Contract.ROSTER.name(), "每位班主任一行。必填：教师编号、姓名、学段、年级、班级、担任班主任年限。"
                + "本校学校类型为" + school.type().label() + "，学段只能填" + stages + "，年级须与学段一致；"
                + "班级只填班号（1至30），同一学段、年级、班级只能有一位班主任；担任班主任年限0至45年；"
                + "选填：性别、出生日期、班级学生数（1至80）、职称、现任梯队（普通、骨干、首席，不填按普通）、联系电话（只存档，不打印）。"));
        lines.add(line(Contract.scores(scheme).name(), "每位班主任一行，由学校考核小组评定。必填：教师编号、各维度得分、师德考核结论"
                + "（合格或不合格）。得分为0至满分（见表头括号）的数，最多一位小数：" + dimensions + "。"));
        lines.add(line(Contract.ACTIVITY.name(), "每位班主任一行。必填：主题班会次数（0至200的整数）、区级培训学时、"
                + "学区级培训学时、校级培训学时（0至500）。选填（不填按0计）：家长会次数、家访次数、电话家访次数、"
                + "社会实践活动次数（0至200的整数）、成长档案建档率（0至100，85或85%均表示85%）、课题研究级别（不填按无）。"));
        lines.add(line(Contract.INCIDENTS.name(), "只填本考核周期内（" + Periods.start(period) + "至" + Periods.end(period)
                + "）发生的安全事故，每起一行，各列均为必填；没有安全事故时留空。"));
        lines.add(line("教师编号", "同一位教师在各工作表中的教师编号必须完全一致（4至20位字母、数字或-），"
                + "并且必须出现在班主任名册中；每位教师在名册、考核评分、工作记录中各只填一行。"));
        lines.add(line("必填与校验", "表头带*号（黄色底）的列为必填。表头行请勿修改或删除，可以在右侧增加备注列（不会被读取）。"
                + "前" + DataSheet.DATA_ROWS + "行设有下拉列表和数值范围校验；从别处粘贴的内容不受校验，请仔细核对。"
                + "缺少必填项或超出范围的行将被退回并列明原因。"));
        lines.add(line("说明行", "数据表中第一列以「填表说明」或「说明」开头的行及其下方的所有行都不会被读取，请勿在数据中间插入此类说明行。"));
        lines.add(line("日期", "日期请按 年-月-日 填写，如" + Periods.start(period).plusMonths(1) + "。"));
        return lines;
    }

    /** Wrapped lines of a text in the text column; a Chinese character is two widths. */
    private static int lines(String text) {
        int width = text.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum();
        return Math.max(1, (width + TEXT_WIDTH - 5) / (TEXT_WIDTH - 4));
    }

    private static String max(Dimension d) {
        return "（" + d.max().stripTrailingZeros().toPlainString() + "分）";
    }

    private static String[] line(String topic, String text) {
        return new String[]{topic, text};
    }
}
