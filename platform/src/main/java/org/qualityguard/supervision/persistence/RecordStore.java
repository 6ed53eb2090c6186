package org.qualityguard.supervision.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qualityguard.shared.DivisionScope;
import org.qualityguard.shared.Workflow;
import org.qualityguard.supervision.InspectionRecords;
import org.qualityguard.supervision.PublicResult;
import org.qualityguard.supervision.RecordView;
import org.qualityguard.supervision.domain.RecordStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inspection records as read back, their approval and their photos. */
@Repository
public class RecordStore {

    private final JdbcClient jdbc;

    RecordStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The record if it lies within the scope. */
    public Optional<RecordView> record(long id, DivisionScope scope) {
        return jdbc.sql("SELECT * FROM supervision.inspection_record WHERE id = ? AND division_code BETWEEN ? AND ?")
                .params(id, scope.lowest(), scope.highest())
                .query((rs, n) -> {
                    Date deadline = rs.getDate("corrective_deadline");
                    return new RecordView(rs.getLong("id"), (Long) rs.getObject("plan_inspection_id"),
                            rs.getString("credit_code"), rs.getString("division_code"),
                            rs.getDate("inspected_on").toLocalDate(), rs.getString("result"),
                            deadline == null ? null : deadline.toLocalDate(), rs.getString("recorded_by"),
                            rs.getString("cosigned_by"), rs.getString("approved_by"), rs.getString("status"),
                            findings(id), photos(id));
                }).optional();
    }

    public Optional<String> divisionOf(long recordId) {
        return jdbc.sql("SELECT division_code FROM supervision.inspection_record WHERE id = ?").param(recordId)
                .query(String.class).optional();
    }

    /** The newest records of an enterprise, newest first. */
    public List<Long> recordIdsOf(String creditCode) {
        return jdbc.sql("SELECT id FROM supervision.inspection_record WHERE credit_code = ? ORDER BY inspected_on DESC, "
                + "id DESC LIMIT 50").param(creditCode).query(Long.class).list();
    }

    /**
     * Moves the record along an edge of its workflow (co-signed, approved), stamping who and when in the columns the
     * target state keeps; false when the record is no longer in the edge's source state.
     */
    public boolean move(long recordId, Workflow.Transition<RecordStatus> edge, String by, Instant at) {
        String stamps = switch (edge.to()) {
            case COSIGNED -> "cosigned_by = ?, cosigned_at = ?";
            case APPROVED -> "approved_by = ?, approved_at = ?";
            case RECORDED -> throw new IllegalArgumentException("a record is recorded by its inspection");
        };
        return jdbc.sql("UPDATE supervision.inspection_record SET status = ?, " + stamps + " WHERE id = ? AND status = ?")
                .params(edge.to().name(), by, Timestamp.from(at), recordId, edge.from().name()).update() == 1;
    }

    public int photoCount(long recordId) {
        return jdbc.sql("SELECT count(*) FROM supervision.inspection_photo WHERE record_id = ?").param(recordId)
                .query(Integer.class).single();
    }

    public long insertPhoto(long recordId, String contentType, String filename, byte[] content, String by) {
        return jdbc.sql("""
                        INSERT INTO supervision.inspection_photo (record_id, content_type, filename, size_bytes, content,
                            uploaded_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(recordId, contentType, filename, content.length, content, by).query(Long.class).single();
    }

    /** A photo's record, type and bytes. */
    public record StoredPhoto(long recordId, String contentType, String filename, byte[] content) {
    }

    public Optional<StoredPhoto> photo(long photoId) {
        return jdbc.sql("SELECT record_id, content_type, filename, content FROM supervision.inspection_photo WHERE id = ?")
                .param(photoId).query((rs, n) -> new StoredPhoto(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getBytes(4))).optional();
    }

    /** Approved results, newest first, without the enterprise's name (the registry has it). */
    public List<PublicResult> published(int limit) {
        Map<Long, PublicResult> out = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT id, credit_code, division_code, inspected_on, result FROM supervision.inspection_record
                        WHERE approved_at IS NOT NULL ORDER BY inspected_on DESC, id DESC LIMIT ?""").param(limit)
                .query(rs -> {
                    out.put(rs.getLong(1), new PublicResult(rs.getLong(1), rs.getString(2), null, rs.getString(3),
                            rs.getDate(4).toLocalDate(), rs.getString(5), new ArrayList<>()));
                });
        if (!out.isEmpty()) {
            jdbc.sql("SELECT record_id, item_code, severity FROM supervision.inspection_finding WHERE record_id = ANY(?) "
                            + "ORDER BY record_id, item_code")
                    .param(out.keySet().toArray(Long[]::new))
                    .query(rs -> {
                        out.get(rs.getLong(1)).items().add(new PublicResult.Item(rs.getString(2), rs.getString(3)));
                    });
        }
        return List.copyOf(out.values());
    }

    private List<InspectionRecords.Finding> findings(long recordId) {
        return jdbc.sql("SELECT item_code, finding, severity FROM supervision.inspection_finding WHERE record_id = ? "
                        + "ORDER BY item_code").param(recordId)
                .query((rs, n) -> new InspectionRecords.Finding(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    private List<RecordView.Photo> photos(long recordId) {
        return jdbc.sql("SELECT id, filename, content_type, size_bytes FROM supervision.inspection_photo "
                        + "WHERE record_id = ? ORDER BY id").param(recordId)
                .query((rs, n) -> new RecordView.Photo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }
}
