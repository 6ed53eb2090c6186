package org.qualityguard.equipment.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qualityguard.shared.sheet.SheetReader;
import org.qualityguard.shared.sheet.SheetRow;

/** The special-equipment unit sheet: its columns, with the Chinese titles a register export uses. */
public final class UnitSheet {

    /** The columns, in export order, with their Chinese titles. */
    public static final Map<String, String> COLUMNS = columns();
    private static final SheetReader.Layout LAYOUT = new SheetReader.Layout(COLUMNS,
            List.of("registrationCode", "kind", "userCreditCode", "divisionCode", "commissionedOn"));

    private UnitSheet() {
    }

    private static Map<String, String> columns() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("registrationCode", "使用登记证编号");
        c.put("kind", "设备种类");
        c.put("userCreditCode", "使用单位统一社会信用代码");
        c.put("maintenanceUnit", "维保单位");
        c.put("divisionCode", "所在地行政区划代码");
        c.put("commissionedOn", "投入使用日期");
        c.put("safetyLevel", "安全状况等级");
        c.put("lastInspectedOn", "上次定期检验日期");
        c.put("lastResult", "检验结论");
        return c;
    }

    public static List<SheetRow> read(String filename, byte[] content, int maxRows) {
        return SheetReader.read(filename, content, LAYOUT, maxRows);
    }
}
