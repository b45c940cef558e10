package com.homeroom.intake;

import com.homeroom.warehouse.SqlResource;
import com.homeroom.warehouse.Warehouse;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The rules that span rows, sheets, files or schools, run as SQL over what intake stored, in the
 * contract's order (files → roster → sheets that refer to the roster). One transaction: a period's
 * validation lands whole or not at all, so running it again gives the same result.
 */
public final class IntakeValidation {

    /** The sheets whose rows must name a roster teacher, with what the messages call them. */
    private record ReferringSheet(String table, int sheetOrder, String duplicateCode, String what,
                                  String missingCode, String missingText) {
    }

    private static final List<ReferringSheet> REFERRING = List.of(
            new ReferringSheet("score_row", 2, "DUPLICATE_SCORE", "评分", "MISSING_SCORE",
                    "没有有效的考核评分，等次为未评分"),
            new ReferringSheet("activity_row", 3, "DUPLICATE_ACTIVITY", "工作记录", "MISSING_ACTIVITY",
                    "没有有效的工作记录，各项次数和学时按0计"),
            new ReferringSheet("incident_row", 4, null, null, null, null));

    private final Warehouse warehouse;

    public IntakeValidation(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    public void validate(String period) throws SQLException {
        Map<String, Object> p = Map.of("period", period);
        warehouse.inTransaction(c -> {
            for (String step : List.of("000-reset", "010-reject-failed-files", "020-choose-latest-file",
                    "030-forget-superseded-problems", "040-warn-superseded", "050-roster-duplicate-teacher",
                    "060-roster-class-taken", "070-roster-teacher-in-many-schools", "080-roster-accept")) {
                SqlResource.update(c, "validate/" + step, p);
            }
            for (ReferringSheet sheet : REFERRING) {
                Map<String, String> rows = Map.of("rows", sheet.table());
                SqlResource.update(c, "validate/090-not-in-roster", rows,
                        Map.of("period", period, "sheet_order", sheet.sheetOrder()));
                if (sheet.duplicateCode() != null) {
                    SqlResource.update(c, "validate/100-duplicate-of-teacher", rows, Map.of("period", period,
                            "sheet_order", sheet.sheetOrder(), "code", sheet.duplicateCode(), "what", sheet.what()));
                }
                SqlResource.update(c, "validate/110-accept-rows", rows, p);
            }
            SqlResource.update(c, "validate/120-score-name-mismatch", p);
            for (ReferringSheet sheet : REFERRING) {
                if (sheet.missingCode() != null) {
                    SqlResource.update(c, "validate/130-missing-of-teacher", Map.of("rows", sheet.table()),
                            Map.of("period", period, "code", sheet.missingCode(), "what", sheet.missingText()));
                }
            }
            return null;
        });
    }
}
