package org.qualityguard.shared.sheet;

import java.util.Map;

/** One data row of an uploaded sheet: its row number as the spreadsheet shows it (header = 1), cells by field. */
public record SheetRow(int number, Map<String, String> cells) {

    public String get(String field) {
        return cells.get(field);
    }
}
