package org.qualityguard.identity;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.qualityguard.shared.SortOrder;
import org.qualityguard.shared.sheet.SheetWriter;
import org.qualityguard.shared.sheet.SheetWriter.Column;
import org.springframework.stereotype.Service;

/** The audit trail, filtered as on its page, to .xlsx: when in the business zone, who, what, on what, where. */
@Service
public class AuditExport {

    private final AuditTrail audit;
    private final ListExports exports;
    private final AccessPolicy access;
    private final SheetWriter<AuditEntry> sheet;

    AuditExport(AuditTrail audit, ListExports exports, AccessPolicy access, Divisions divisions) {
        this.audit = audit;
        this.access = access;
        this.exports = exports;
        this.sheet = new SheetWriter<>("admin.audit", List.of(
                Column.plain("export.audit.id", AuditEntry::id),
                Column.plain("admin.audit.when", AuditEntry::occurredAt),
                Column.plain("admin.audit.actor", AuditEntry::actor),
                Column.plain("admin.audit.action", AuditEntry::action),
                Column.plain("export.audit.subjectType", AuditEntry::subjectType),
                Column.plain("export.audit.subjectId", AuditEntry::subjectId),
                Column.plain("field.division", e -> divisions.labelOf(e.divisionCode())),
                Column.plain("admin.audit.before", AuditEntry::beforeState),
                Column.plain("admin.audit.after", AuditEntry::afterState)));
    }

    public void writeXlsx(StaffUser reader, AuditFilter filter, SortOrder sort, Locale locale, OutputStream out)
            throws IOException {
        access.require(reader, Permission.READ_AUDIT_TRAIL);
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("actor", filter.actor());
        filters.put("action", filter.action());
        filters.put("subjectType", filter.subjectType());
        filters.put("subjectId", filter.subjectId());
        filters.put("from", filter.from());
        filters.put("to", filter.to());
        exports.write(reader, "identity.audit", filters, sheet, locale, out,
                sink -> audit.forEach(reader.scope(), filter, sort, sink));
    }
}
