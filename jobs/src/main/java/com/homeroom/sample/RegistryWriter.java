package com.homeroom.sample;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/** Writes the district's 学校名录 as .xlsx (with a title row) or as a GB18030 .csv. */
final class RegistryWriter {

    static final String FILE_NAME = "学校名录";
    private static final List<String> HEADER = List.of("序号", "学校代码", "学校名称", "学区", "学校类型");

    private RegistryWriter() {
    }

    static void writeXlsx(List<School> schools, Period period, Path dir) throws IOException {
        Workbook wb = WorkbookFiles.create(false);
        WorkbookStyles styles = new WorkbookStyles(wb);
        Sheet sheet = wb.createSheet("学校名录");
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue("全区中小学校名录（" + period.label() + "）");
        title.setCellStyle(styles.title());
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.size() - 1));
        Row header = sheet.createRow(1);
        for (int c = 0; c < HEADER.size(); c++) {
            header.createCell(c).setCellValue(HEADER.get(c));
            header.getCell(c).setCellStyle(styles.header());
            sheet.setColumnWidth(c, (c == 2 ? 24 : 12) * 256);
        }
        for (int i = 0; i < schools.size(); i++) {
            School s = schools.get(i);
            Row row = sheet.createRow(i + 2);
            row.createCell(0).setCellValue(i + 1);
            row.createCell(1).setCellValue(s.code());
            row.createCell(2).setCellValue(s.name());
            row.createCell(3).setCellValue(s.zone());
            row.createCell(4).setCellValue(s.type().label);
        }
        WorkbookFiles.save(wb, dir.resolve(FILE_NAME + ".xlsx"), published(period), "区教体局基础教育科");
    }

    static void writeCsv(List<School> schools, Period period, Path dir) throws IOException {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (int i = 0; i < schools.size(); i++) {
            School s = schools.get(i);
            csv.append(i + 1).append(',').append(s.code()).append(',').append(s.name()).append(',')
                    .append(s.zone()).append(',').append(s.type().label).append("\r\n");
        }
        WorkbookFiles.write(dir.resolve(FILE_NAME + ".csv"), csv.toString().getBytes(Charset.forName("GB18030")),
                published(period));
    }

    private static LocalDateTime published(Period period) {
        return period.on(9, 10).atTime(9, 0);
    }
}
