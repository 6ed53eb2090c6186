package org.qualityguard.identity.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PreDestroy;
import org.qualityguard.identity.AuditCheckpoint;
import org.qualityguard.shared.database.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Signed checkpoints of the audit chain's head, appended to {@code audit/checkpoints.log} in the data directory,
 * outside the database: every {@code qualityguard.audit.checkpoint-interval} when the head has moved, and at
 * shutdown. One line each: {@code <time> <last id> <last MAC> <HMAC of the three>}. Whoever can write the database
 * can cut off the chain's tail and set the head row to the entry before it, and the chain alone would still
 * verify; the entry a checkpoint names is then missing. Rewriting the whole chain under a new key leaves the old
 * checkpoints unsigned under it.
 */
@Component
public class AuditCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);
    static final String FILE = "checkpoints.log";

    private final AuditHash hash;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Path file;
    private volatile AuditCheckpoint latest;

    AuditCheckpoints(AuditHash hash, JdbcClient jdbc, Clock clock, DataDirectory data) {
        this.hash = hash;
        this.jdbc = jdbc;
        this.clock = clock;
        this.file = data.audit().resolve(FILE);
        List<Recorded> recorded = recorded();
        this.latest = recorded.isEmpty() ? null : recorded.get(recorded.size() - 1).checkpoint();
    }

    /** A line of the file: the checkpoint it holds (null if unreadable) and whether its signature holds. */
    public record Recorded(int line, AuditCheckpoint checkpoint, boolean signed) {
    }

    @Scheduled(fixedDelayString = "${qualityguard.audit.checkpoint-interval:10m}",
            initialDelayString = "${qualityguard.audit.checkpoint-interval:10m}")
    void periodically() {
        checkpoint();
    }

    @PreDestroy
    void atShutdown() {
        checkpoint();
    }

    /** Writes a checkpoint of the head if it moved since the last one; the one written, if any. */
    public synchronized Optional<AuditCheckpoint> checkpoint() {
        Map<String, Object> head = jdbc.sql("SELECT last_id, last_hash FROM identity.audit_head").query().singleRow();
        long lastId = ((Number) head.get("last_id")).longValue();
        String lastMac = (String) head.get("last_hash");
        AuditCheckpoint before = latest;
        if (lastId == 0 || before != null && before.lastId() == lastId && before.lastMac().equals(lastMac)) {
            return Optional.empty();
        }
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        String body = at + " " + lastId + " " + lastMac;
        append(body + " " + hash.sign(body) + "\n");
        latest = new AuditCheckpoint(at.toInstant(), lastId, lastMac);
        return Optional.of(latest);
    }

    /** The last checkpoint written, if there is one. */
    public Optional<AuditCheckpoint> latest() {
        return Optional.ofNullable(latest);
    }

    /** Every line of the file, in order. */
    public List<Recorded> recorded() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit checkpoints " + file, e);
        }
        List<Recorded> recorded = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                recorded.add(parse(i + 1, lines.get(i)));
            }
        }
        return recorded;
    }

    private Recorded parse(int line, String text) {
        String[] parts = text.strip().split(" ");
        if (parts.length != 4) {
            return new Recorded(line, null, false);
        }
        try {
            String body = parts[0] + " " + parts[1] + " " + parts[2];
            AuditCheckpoint checkpoint = new AuditCheckpoint(OffsetDateTime.parse(parts[0]).toInstant(),
                    Long.parseLong(parts[1]), parts[2]);
            return new Recorded(line, checkpoint, hash.sign(body).equals(parts[3]));
        } catch (DateTimeParseException | NumberFormatException e) {
            return new Recorded(line, null, false);
        }
    }

    private void append(String line) {
        try {
            boolean created = !Files.exists(file);
            try (FileChannel out = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")))) {
                out.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
                // A checkpoint counts only once it is on disk: the database it guards against is durable too.
                out.force(true);
            }
            if (created) {
                log.info("Audit checkpoints are kept in {}", file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write an audit checkpoint to " + file, e);
        }
    }
}
