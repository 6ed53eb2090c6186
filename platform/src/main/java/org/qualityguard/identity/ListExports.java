package org.qualityguard.identity;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.qualityguard.shared.sheet.SheetWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every list's export to .xlsx: written in the reader's language with dates in the business zone, and put on the
 * audit trail (who took which list, with which filters, how many rows), because a sheet leaves the platform and
 * its scope with it. The rows come from the list's own scoped query, so an export holds exactly what its reader
 * may see in the console. The rows are read in one read-only transaction, which lets PostgreSQL hand them over
 * in batches rather than all at once; the audit entry is written after, in its own, so a caller must not hold a
 * read-only transaction around an export.
 */
@Service
public class ListExports {

    public static final String ACTION = "LIST_EXPORTED";

    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;
    private final TransactionTemplate reading;

    ListExports(AuditTrail audit, MessageSource messages, Clock clock, PlatformTransactionManager transactions) {
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /**
     * @param list    the list's name on the audit trail, e.g. {@code enterprise.registry}
     * @param filters the filters in force (nulls are left out)
     * @return the number of rows written
     */
    public <T> int write(StaffUser reader, String list, Map<String, ?> filters, SheetWriter<T> sheet, Locale locale,
                         OutputStream out, Consumer<Consumer<T>> rows) throws IOException {
        int written;
        try {
            written = reading.execute(status -> {
                try {
                    return sheet.write(out, (key, args) -> messages.getMessage(key, args, key, locale),
                            clock.getZone(), rows);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
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
