package com.homeroom.sample;

import org.apache.poi.ss.usermodel.Workbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** Writes a school's return as an .xlsx or .xls file (or as junk bytes, when it is to be corrupt). */
final class ReturnWriter {

    private static final Map<String, String> TITLES = Map.of("班主任名册", "班主任名册", "名册", "班主任名册",
            "考核评分", "班主任考核评分表", "评分", "班主任考核评分表", "工作记录", "班主任工作记录",
            "工作量", "班主任工作量统计", "安全事故", "班级安全事故登记", "事故", "班级安全事故登记");

    private final Map<String, BigDecimal> maxima;

    ReturnWriter(Map<String, BigDecimal> maxima) {
        this.maxima = maxima;
    }

    void write(SchoolReturn r, Path periodDir) throws IOException {
        Path file = periodDir.resolve(r.file);
        LocalDateTime saved = r.filed.atTime(16, 30);
        if (r.corrupt) {
            WorkbookFiles.saveCorrupt(file, r.file.hashCode(), saved);
            return;
        }
        Workbook wb = WorkbookFiles.create(r.layout.has(Layout.Quirk.XLS));
        WorkbookStyles styles = new WorkbookStyles(wb);
        BasicInfoWriter.write(styles, r);
        SheetWriter writer = new SheetWriter(styles, maxima);
        String name = String.valueOf(r.basic.get("学校名称"));
        String period = String.valueOf(r.basic.get("考核周期"));
        Object filed = r.basic.get("填报日期");
        String subtitle = "填报单位：" + name + "（盖章）　　填报日期："
                + (filed instanceof LocalDate d ? ReturnBuilder.chineseDate(d) : filed);
        for (DraftSheet sheet : r.sheets()) {
            writer.write(sheet, r.layout, name + period + TITLES.get(sheet.reportedName()), subtitle);
        }
        WorkbookFiles.save(wb, file, saved, String.valueOf(r.basic.get("填报人")));
    }
}
