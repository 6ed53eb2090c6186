package org.qualityguard.enterprise;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.qualityguard.enterprise.domain.Enterprise;
import org.qualityguard.enterprise.importing.EnterpriseSheet;
import org.qualityguard.enterprise.persistence.Enterprises;
import org.qualityguard.identity.Divisions;
import org.qualityguard.identity.ListExports;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.SortOrder;
import org.qualityguard.shared.sheet.SheetWriter;
import org.springframework.stereotype.Service;

/**
 * Writes the filtered list to .xlsx. Its first columns keep the import's titles and values whatever the reader's
 * language, so that an exported sheet can be corrected and imported back; the division's name and the demo mark
 * follow for people reading it.
 */
@Service
public class EnterpriseExport {

    private final Enterprises enterprises;
    private final ListExports exports;
    private final EnterpriseRegistry registry;
    private final SheetWriter<Enterprise> sheet;

    EnterpriseExport(Enterprises enterprises, Divisions divisions, ListExports exports, EnterpriseRegistry registry) {
        this.enterprises = enterprises;
        this.registry = registry;
        this.exports = exports;
        Map<String, Function<Enterprise, Object>> imported = new LinkedHashMap<>();
        imported.put("creditCode", e -> e.creditCode().value());
        imported.put("name", Enterprise::name);
        imported.put("categories", e -> String.join(";", e.categories().stream().sorted()
                .map(c -> c.chineseName()).toList()));
        imported.put("foodCategory", e -> e.foodCategory() == null ? null : e.foodCategory().chineseName());
        imported.put("divisionCode", e -> e.division().value());
        imported.put("address", Enterprise::address);
        imported.put("legalRepresentative", Enterprise::legalRepresentative);
        List<SheetWriter.Column<Enterprise>> columns = new ArrayList<>();
        EnterpriseSheet.COLUMNS.forEach((field, title) -> columns.add(new SheetWriter.Column<>(labels -> title,
                (e, labels) -> imported.get(field).apply(e))));
        columns.add(SheetWriter.Column.plain("field.division", e -> divisions.labelOf(e.division())));
        columns.add(SheetWriter.Column.of("export.demo", (e, labels) -> e.demo() ? labels.get("export.yes") : null));
        this.sheet = new SheetWriter<>("enterprise.registry", columns);
    }

    public void writeXlsx(StaffUser reader, EnterpriseFilter filter, SortOrder sort, Locale locale, OutputStream out)
            throws IOException {
        registry.requireReader(reader, filter);
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("division", filter.divisionCode());
        filters.put("category", filter.category());
        filters.put("name", filter.nameFragment());
        filters.put("code", filter.creditCode());
        exports.write(reader, "enterprise.registry", filters, sheet, locale, out,
                sink -> enterprises.forEach(filter, reader.scope(), sort, sink));
    }
}
