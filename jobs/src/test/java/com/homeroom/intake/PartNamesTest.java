package com.homeroom.intake;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Relationship targets as part names: relative to the source's folder or from the root, never above it. */
class PartNamesTest {

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource(nullValues = "NONE", value = {
            "xl/,   worksheets/sheet1.xml,        xl/worksheets/sheet1.xml",
            "xl/,   /xl/styles.xml,               xl/styles.xml",
            "'',    xl/workbook.xml,              xl/workbook.xml",
            "'',    /xl/workbook.xml,             xl/workbook.xml",
            "xl/,   ./worksheets/../styles.xml,   xl/styles.xml",
            "xl/,   worksheets/sheet%201.xml,     xl/worksheets/sheet 1.xml",
            "xl/,   %E5%90%8D%E5%86%8C.xml,       xl/名册.xml",
            "xl/,   名册.xml#A1,                  xl/名册.xml",
            "xl/,   ../../etc/passwd,             NONE",
            "xl/,   ../docProps/core.xml,         docProps/core.xml",
            "xl/,   '',                           xl"})
    void aTargetNamesThePartItPointsTo(String folder, String target, String part) {
        assertThat(PartNames.resolve(folder, target)).isEqualTo(part);
    }
}
