package org.qualityguard.power;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.qualityguard.identity.ListExports;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.power.importing.CatalogueSheet;
import org.qualityguard.shared.sheet.SheetWriter;
import org.qualityguard.shared.sheet.SheetWriter.Column;
import org.springframework.stereotype.Service;

/**
 * The catalogue to .xlsx in the sheet a province keeps (one row a version, the columns an import reads back), with
 * the list's filters; on the audit trail as every export is.
 */
@Service
public class CatalogueExport {

    private final PowerCatalogue catalogue;
    private final ListExports exports;

    CatalogueExport(PowerCatalogue catalogue, ListExports exports) {
        this.catalogue = catalogue;
        this.exports = exports;
    }

    public int writeXlsx(StaffUser reader, PowerType type, String name, Locale locale, OutputStream out)
            throws IOException {
        List<Column<Map<String, String>>> columns = new ArrayList<>();
        for (String field : CatalogueSheet.COLUMNS.keySet()) {
            columns.add(field.equals("status")
                    ? Column.of("power.sheet.status", (cells, labels) -> labels.get("power.status." + cells.get(field)))
                    : Column.plain("power.sheet." + field, cells -> cells.get(field)));
        }
        SheetWriter<Map<String, String>> sheet = new SheetWriter<>("power.catalogue.title", columns);
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("type", type == null ? null : type.name());
        filters.put("name", name);
        return exports.write(reader, "power.catalogue", filters, sheet, locale, out, sink -> catalogue.forEach(
                reader, type, name, v -> sink.accept(CatalogueSheet.format(v.content(), v.version(), v.status()))));
    }
}
