package org.qualityguard.enterprise.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qualityguard.shared.sheet.SheetReader;
import org.qualityguard.shared.sheet.SheetRow;

/** The enterprise sheet: its columns, as the export writes them and the import reads them. */
public final class EnterpriseSheet {

    /** The columns, in export order, with their Chinese titles. */
    public static final Map<String, String> COLUMNS = columns();
    private static final SheetReader.Layout LAYOUT = new SheetReader.Layout(COLUMNS,
            List.of("creditCode", "name", "categories", "divisionCode"));

    private EnterpriseSheet() {
    }

    private static Map<String, String> columns() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("creditCode", "统一社会信用代码");
        c.put("name", "名称");
        c.put("categories", "类别");
        c.put("foodCategory", "食品类别");
        c.put("divisionCode", "行政区划代码");
        c.put("address", "地址");
        c.put("legalRepresentative", "法定代表人");
        return c;
    }

    public static List<SheetRow> read(String filename, byte[] content, int maxRows) {
        return SheetReader.read(filename, content, LAYOUT, maxRows);
    }
}
