package com.homeroom.publish;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxTableTest {

    @Test
    void quotesWhatASpreadsheetWouldRunAsAFormula() {
        assertThat(new String[]{"=1+1", "+86", "-2", "@SUM(A1)", "\tx", "\r=x"})
                .allMatch(XlsxTable::needsQuote);
        assertThat(new String[]{"", "王小明", "1-2", "a=b", " =x", "第2行「学校名称」为=SUM(A1)"})
                .noneMatch(XlsxTable::needsQuote);
    }

    @Test
    void countsWideCharactersTwiceForColumnWidths() {
        assertThat(XlsxTable.displayWidth("教师编号")).isEqualTo(8);
        assertThat(XlsxTable.displayWidth("T0001")).isEqualTo(5);
        assertThat(XlsxTable.displayWidth("ＡB")).isEqualTo(3);
    }
}
