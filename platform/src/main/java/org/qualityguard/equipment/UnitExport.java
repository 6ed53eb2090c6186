package org.qualityguard.equipment;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.qualityguard.identity.Divisions;
import org.qualityguard.identity.ListExports;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.SortOrder;
import org.qualityguard.shared.sheet.SheetWriter;
import org.qualityguard.shared.sheet.SheetWriter.Column;
import org.springframework.stereotype.Service;

/** The units list, with its due filter and order, to .xlsx: one row a unit, overdue ones marked. */
@Service
public class UnitExport {

    private final EquipmentRegister register;
    private final ListExports exports;
    private final Divisions divisions;

    UnitExport(EquipmentRegister register, ListExports exports, Divisions divisions) {
        this.register = register;
        this.exports = exports;
        this.divisions = divisions;
    }

    public void writeXlsx(StaffUser reader, EquipmentRegister.DueFilter filter, SortOrder sort, Locale locale,
                          OutputStream out) throws IOException {
        var today = register.today();
        SheetWriter<EquipmentUnit> sheet = new SheetWriter<>("units.title", List.of(
                Column.plain("field.registrationCode", EquipmentUnit::registrationCode),
                Column.of("field.kind", (u, labels) -> labels.get("kind." + u.kind())),
                Column.plain("field.userCreditCode", EquipmentUnit::userCreditCode),
                Column.plain("field.division", u -> divisions.labelOf(u.division())),
                Column.plain("units.lastInspection", EquipmentUnit::lastInspectedOn),
                Column.of("export.units.lastResult",
                        (u, labels) -> u.lastResult() == null ? null : labels.get("result." + u.lastResult())),
                Column.plain("units.due", EquipmentUnit::nextDueOn),
                Column.of("units.filter.OVERDUE",
                        (u, labels) -> u.nextDueOn().isBefore(today) ? labels.get("export.yes") : null)));
        exports.write(reader, "equipment.units", Map.of("due", filter.name()), sheet, locale, out,
                sink -> register.forEach(reader, filter, sort, sink));
    }
}
