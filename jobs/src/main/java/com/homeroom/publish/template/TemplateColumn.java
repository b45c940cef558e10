package com.homeroom.publish.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One column of a template data sheet as the clerk meets it: the header (a leading * when the
 * contract requires the column, the maximum after a score's name), its width in characters, what a
 * cell accepts, and a note for the input message.
 */
record TemplateColumn(String name, boolean required, String suffix, int width, Input input, String note) {

    String header() {
        return (required ? "*" : "") + name + suffix;
    }

    /** What a cell accepts; each kind becomes one Excel data validation over the data rows. */
    sealed interface Input {
    }

    /** One of the contract's labels, from a drop-down. */
    record Choice(List<String> values) implements Input {
    }

    /** An integer from min to max. */
    record Whole(int min, int max) implements Input {
    }

    /** A number from min to max; intake keeps one decimal. */
    record Decimal(BigDecimal min, BigDecimal max) implements Input {
    }

    /** A date from one day to another, shown yyyy-mm-dd. */
    record Day(LocalDate from, LocalDate to) implements Input {
    }

    /** Text of minLength to maxLength characters in a text-formatted (@) column: digits stay digits. */
    record Text(int minLength, int maxLength, boolean wrap) implements Input {
    }
}
