package org.qualityguard.inspection.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qualityguard.inspection.LotDecisions;
import org.qualityguard.inspection.domain.LotDeclaration;
import org.qualityguard.inspection.domain.Measurement;
import org.qualityguard.inspection.domain.ResultDeclaration;
import org.qualityguard.shared.sheet.SheetReader;
import org.qualityguard.shared.sheet.SheetRow;

/**
 * The two sheets of the inspection module: declared lots (the columns of the risk-replay lot file, so that a
 * labelled lot file can be uploaded as it is; its outcome columns are ignored) and laboratory results, one lot a row.
 */
public final class InspectionSheets {

    private static final SheetReader.Layout LOTS = new SheetReader.Layout(lotColumns(), List.of());
    private static final SheetReader.Layout RESULTS = new SheetReader.Layout(resultColumns(), List.of());

    private InspectionSheets() {
    }

    private static Map<String, String> lotColumns() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("lot_id", "报检批号");
        c.put("declared_at", "申报日期");
        c.put("bureau", "检验检疫局");
        c.put("direction", "进出口");
        c.put("hs_code", "HS编码");
        c.put("origin", "原产国");
        c.put("consignee", "收货人");
        c.put("manufacturer", "生产企业");
        c.put("quantity", "数量");
        c.put("value_cny", "货值（元）");
        return c;
    }

    private static Map<String, String> resultColumns() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("lot_id", "报检批号");
        c.put("outcome", "检验结论");
        c.put("hazard", "不合格类别");
        c.put("inspected_on", "检验日期");
        c.put("item", "检测项目");
        c.put("value", "检测值");
        c.put("unit", "单位");
        c.put("limit", "限量");
        c.put("standard", "依据标准");
        return c;
    }

    public static List<LotDeclaration> lots(String filename, byte[] content) {
        // a sheet is decided as one batch: it may hold as many lots as a batch, and its reading stops there
        return SheetReader.read(filename, content, LOTS, LotDecisions.MAX_BATCH).stream()
                .map(InspectionSheets::lot).toList();
    }

    public static List<ResultDeclaration> results(String filename, byte[] content) {
        return SheetReader.read(filename, content, RESULTS, LotDecisions.MAX_BATCH).stream()
                .map(InspectionSheets::result).toList();
    }

    private static LotDeclaration lot(SheetRow r) {
        return new LotDeclaration(r.get("lot_id"), r.get("declared_at"), r.get("bureau"), r.get("direction"),
                r.get("hs_code"), r.get("origin"), r.get("consignee"), r.get("manufacturer"), r.get("quantity"),
                r.get("value_cny"));
    }

    private static ResultDeclaration result(SheetRow r) {
        Measurement m = new Measurement(r.get("item"), r.get("value"), r.get("unit"), r.get("limit"),
                r.get("standard"));
        return new ResultDeclaration(r.get("lot_id"), r.get("outcome"), r.get("hazard"), r.get("inspected_on"),
                List.of(m));
    }
}
