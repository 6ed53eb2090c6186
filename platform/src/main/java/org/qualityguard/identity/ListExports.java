package org.qualityguard.identity;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.qualityguard.shared.sheet.SheetWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Every list's export to .xlsx: written in the reader's language with dates in the business zone, and put on the
 * audit trail (who took which list, with which filters, how many rows), because a sheet leaves the platform and
 * its scope with it. The rows come from the list's own scoped query, so an export holds exactly what its reader
 * may see in the console.
 */
@Service
public class ListExports {

    public static final String ACTION = "LIST_EXPORTED";

    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    ListExports(AuditTrail audit, MessageSource messages, Clock clock) {
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * @param list    the list's name on the audit trail, e.g. {@code enterprise.registry}
     * @param filters the filters in force (nulls are left out)
     * @return the number of rows written
     */
    public <T> int write(StaffUser reader, String list, Map<String, ?> filters, SheetWriter<T> sheet, Locale locale,
                         OutputStream out, Consumer<Consumer<T>> rows) throws IOException {
        int written = sheet.write(out, (key, args) -> messages.getMessage(key, args, key, locale), clock.getZone(),
                rows);
        Map<String, Object> after = new LinkedHashMap<>();
        filters.forEach((k, v) -> {
            if (v != null && !v.toString().isBlank()) {
                after.put(k, v.toString());
            }
        });
        after.put("rows", written);
        audit.record(AuditRecord.of(reader, ACTION, "list", list, reader.division(), null, after));
        return written;
    }
}
