package org.qualityguard.sampling.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.qualityguard.sampling.ComplaintFilter;
import org.qualityguard.sampling.ComplaintView;
import org.qualityguard.sampling.domain.ComplaintClassifier;
import org.qualityguard.sampling.domain.ComplaintPhoto;
import org.qualityguard.sampling.domain.ComplaintStatus;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.DivisionScope;
import org.qualityguard.shared.Workflow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The complaints, their photos and their classification, as the sampling module stores them. */
@Repository
public class ComplaintStore {

    private static final String COLUMNS = "c.*, (SELECT count(*) FROM sampling.complaint_photo p "
            + "WHERE p.complaint_id = c.id) AS photos";

    private final JdbcClient jdbc;

    ComplaintStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A complaint as it is written, before the complainant is answered. */
    public record NewComplaint(String trackingNumber, String codeHash, String productName, String brand,
                               String barcode, String shop, String divisionCode, String problem, String contact,
                               boolean anonymous, Instant submittedAt, LocalDate submittedOn,
                               ComplaintClassifier.Prediction prediction, int modelExamples, boolean demo,
                               boolean heldBack) {
    }

    public long insert(NewComplaint c, List<ComplaintPhoto> photos) {
        long id = jdbc.sql("INSERT INTO sampling.complaint (tracking_number, code_hash, product_name, brand, barcode, "
                        + "shop, division_code, problem, contact, anonymous, submitted_at, submitted_on, status, "
                        + "predicted_category, confidence, model_examples, demo, held_back) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?, ?, ?, ?) RETURNING id")
                .params(c.trackingNumber(), c.codeHash(), c.productName(), c.brand(), c.barcode(), c.shop(),
                        c.divisionCode(), c.problem(), c.contact(), c.anonymous(), Timestamp.from(c.submittedAt()),
                        Date.valueOf(c.submittedOn()),
                        c.prediction() == null ? null : c.prediction().category(),
                        c.prediction() == null ? null : c.prediction().confidence(), c.modelExamples(), c.demo(),
                        c.heldBack())
                .query(Long.class).single();
        for (ComplaintPhoto p : photos) {
            jdbc.sql("INSERT INTO sampling.complaint_photo (complaint_id, content_type, size_bytes, content) "
                    + "VALUES (?, ?, ?, ?)").params(id, p.contentType(), p.content().length, p.content()).update();
        }
        return id;
    }

    public boolean trackingNumberTaken(String trackingNumber) {
        return jdbc.sql("SELECT count(*) FROM sampling.complaint WHERE tracking_number = ?").param(trackingNumber)
                .query(Long.class).single() > 0;
    }

    /** The stored hash of the code and the complaint, by tracking number (the caller checks the code). */
    public Optional<ComplaintView> byTrackingNumber(String trackingNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sampling.complaint c WHERE tracking_number = ?")
                .param(trackingNumber).query(ComplaintStore::view).optional();
    }

    public Optional<String> codeHashOf(String trackingNumber) {
        return jdbc.sql("SELECT code_hash FROM sampling.complaint WHERE tracking_number = ?").param(trackingNumber)
                .query(String.class).optional();
    }

    public Optional<ComplaintView> find(long id, DivisionScope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sampling.complaint c WHERE id = ? "
                        + "AND division_code BETWEEN ? AND ?")
                .params(id, scope.lowest(), scope.highest()).query(ComplaintStore::view).optional();
    }

    public Optional<String> divisionOf(long id) {
        return jdbc.sql("SELECT division_code FROM sampling.complaint WHERE id = ?").param(id).query(String.class)
                .optional();
    }

    public long count(DivisionScope scope, ComplaintFilter filter) {
        Query q = where(scope, filter);
        return jdbc.sql("SELECT count(*) FROM sampling.complaint c" + q.sql).params(q.params).query(Long.class)
                .single();
    }

    /** A page of the list, newest first (ties broken by id). */
    public List<ComplaintView> page(DivisionScope scope, ComplaintFilter filter, long offset, int size) {
        Query q = where(scope, filter);
        List<Object> params = new ArrayList<>(q.params);
        params.add(size);
        params.add(offset);
        return jdbc.sql("SELECT " + COLUMNS + " FROM sampling.complaint c" + q.sql
                + " ORDER BY submitted_at DESC, id DESC LIMIT ? OFFSET ?").params(params)
                .query(ComplaintStore::view).list();
    }

    /** Every complaint of the list, in its order, for an export. */
    public void forEach(DivisionScope scope, ComplaintFilter filter, Consumer<ComplaintView> sink) {
        Query q = where(scope, filter);
        jdbc.sql("SELECT " + COLUMNS + " FROM sampling.complaint c" + q.sql + " ORDER BY submitted_at DESC, id DESC")
                .params(q.params).query(ComplaintStore::view).stream().forEach(sink);
    }

    /** What staff have labelled, for training: text and category. */
    public List<ComplaintClassifier.Labelled> labelled() {
        return jdbc.sql("SELECT product_name, brand, problem, category FROM sampling.complaint "
                        + "WHERE category IS NOT NULL AND NOT held_back")
                .query((rs, n) -> new ComplaintClassifier.Labelled(
                        org.qualityguard.sampling.domain.ComplaintText.of(rs.getString("product_name"),
                                rs.getString("brand"), rs.getString("problem")), rs.getString("category")))
                .list();
    }

    /** Complaints of the period within the scope, for counting and clustering. */
    public List<ComplaintView> submittedBetween(DivisionScope scope, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sampling.complaint c WHERE submitted_on BETWEEN ? AND ? "
                        + "AND division_code BETWEEN ? AND ? ORDER BY submitted_at, id")
                .params(Date.valueOf(from), Date.valueOf(to), scope.lowest(), scope.highest())
                .query(ComplaintStore::view).list();
    }

    /**
     * Moves a complaint along its workflow's edge, giving it the category: written only where the complaint is still
     * in the edge's source state, so that two reviewers cannot both move it from the same state unseen.
     */
    public boolean classify(long id, Workflow.Transition<ComplaintStatus> edge, String category, String by,
                            Instant at) {
        return jdbc.sql("UPDATE sampling.complaint SET status = ?, category = ?, reviewed_by = ?, reviewed_at = ? "
                        + "WHERE id = ? AND status = ?")
                .params(edge.to().name(), category, by, Timestamp.from(at), id, edge.from().name()).update() == 1;
    }

    public record Photo(String contentType, byte[] content) {
    }

    public List<Long> photoIds(long complaintId) {
        return jdbc.sql("SELECT id FROM sampling.complaint_photo WHERE complaint_id = ? ORDER BY id")
                .param(complaintId).query(Long.class).list();
    }

    public Optional<Photo> photo(long complaintId, long photoId) {
        return jdbc.sql("SELECT content_type, content FROM sampling.complaint_photo WHERE id = ? AND complaint_id = ?")
                .params(photoId, complaintId)
                .query((rs, n) -> new Photo(rs.getString("content_type"), rs.getBytes("content"))).optional();
    }

    public long demoCount() {
        return jdbc.sql("SELECT count(*) FROM sampling.complaint WHERE demo").query(Long.class).single();
    }

    private record Query(String sql, List<Object> params) {
    }

    private static Query where(DivisionScope scope, ComplaintFilter f) {
        StringBuilder sql = new StringBuilder(" WHERE division_code BETWEEN ? AND ?");
        List<Object> params = new ArrayList<>(List.of(scope.lowest(), scope.highest()));
        if (f.division() != null) {
            DivisionScope within = new DivisionCode(f.division()).scope();
            sql.append(" AND division_code BETWEEN ? AND ?");
            params.add(within.lowest());
            params.add(within.highest());
        }
        if (f.status() != null) {
            sql.append(" AND status = ?");
            params.add(f.status());
        }
        if (f.category() != null) {
            sql.append(" AND coalesce(category, predicted_category) = ?");
            params.add(f.category());
        }
        if (f.barcode() != null) {
            sql.append(" AND barcode = ?");
            params.add(f.barcode());
        }
        if (f.brand() != null) {
            sql.append(" AND brand = ?");
            params.add(f.brand());
        }
        if (f.from() != null) {
            sql.append(" AND submitted_on >= ?");
            params.add(Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            sql.append(" AND submitted_on <= ?");
            params.add(Date.valueOf(f.to()));
        }
        return new Query(sql.toString(), params);
    }

    private static ComplaintView view(ResultSet rs, int n) throws SQLException {
        double confidence = rs.getDouble("confidence");
        boolean noConfidence = rs.wasNull();
        return new ComplaintView(rs.getLong("id"), rs.getString("tracking_number"), rs.getString("product_name"),
                rs.getString("brand"), rs.getString("barcode"), rs.getString("shop"), rs.getString("division_code"),
                rs.getString("problem"), rs.getString("contact"), rs.getBoolean("anonymous"),
                rs.getTimestamp("submitted_at").toInstant(), rs.getDate("submitted_on").toLocalDate(),
                rs.getString("status"), rs.getString("predicted_category"), noConfidence ? null : confidence,
                rs.getString("category"), rs.getString("reviewed_by"), rs.getBoolean("demo"), rs.getInt("photos"));
    }
}
