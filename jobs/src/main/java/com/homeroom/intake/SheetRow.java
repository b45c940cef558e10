package com.homeroom.intake;

import java.util.List;

/**
 * One row of a sheet with its row number as Excel shows it (1-based) and its cells by column
 * index (0 = column A); a missing cell is {@link RawCell#BLANK}.
 */
public record SheetRow(int rowNumber, List<RawCell> cells) {

    public RawCell cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : RawCell.BLANK;
    }
}
