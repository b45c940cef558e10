package com.homeroom.publish;

import com.homeroom.intake.CsvWorkbookSource;
import com.homeroom.intake.RawCell;
import com.homeroom.intake.SheetRow;
import com.homeroom.intake.value.CellText;
import com.homeroom.reports.PdfPasswords;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Optional per-school passwords for the school feedback reports, from a CSV file named in
 * configuration ({@code homeroom.school-passwords}): columns 学校代码 and 密码, a header row, UTF-8
 * or GB18030. A school not in the file gets an unencrypted report. Encrypted PDFs are not
 * byte-identical between runs (the PDF library draws the encryption ID at random).
 */
public final class SchoolPasswords {

    private final Map<String, String> byCode;

    private SchoolPasswords(Map<String, String> byCode) {
        this.byCode = byCode;
    }

    public static SchoolPasswords none() {
        return new SchoolPasswords(Map.of());
    }

    public static SchoolPasswords read(Path csv) throws IOException {
        Map<String, String> byCode = new HashMap<>();
        boolean header = true;
        for (SheetRow row : CsvWorkbookSource.read(csv).rows("csv")) {
            if (header) {
                header = false;
                continue;
            }
            String code = CellText.normalized(row.cell(0));
            RawCell password = row.cell(1);
            if (code != null && !CellText.isEmpty(password)) {
                byCode.put(code.toUpperCase(java.util.Locale.ROOT), CellText.display(password));
            }
        }
        return new SchoolPasswords(byCode);
    }

    public Optional<PdfPasswords> forSchool(String code) {
        return Optional.ofNullable(byCode.get(code)).map(p -> new PdfPasswords(p, null));
    }
}
