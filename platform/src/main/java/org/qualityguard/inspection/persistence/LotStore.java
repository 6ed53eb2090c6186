package org.qualityguard.inspection.persistence;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qualityguard.inspection.Bureau;
import org.qualityguard.inspection.DecidedLot;
import org.qualityguard.inspection.RecordedResult;
import org.qualityguard.inspection.domain.Measurement;
import org.qualityguard.risk.LotDecision;
import org.qualityguard.risk.RiskScore;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.DivisionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Bureaus, selection days, lots with their decisions, and results. */
@Repository
public class LotStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Measurement>> MEASUREMENTS = new TypeReference<>() { };

    static final String LOT_COLUMNS = """
            l.lot_id, l.bureau, l.declared_on, l.direction, l.hs_code, l.origin, l.consignee, l.manufacturer,
            l.quantity, l.value_cny, l.reason, l.selected, l.probability, l.priority, l.score, l.scorecard,
            l.likely_hazards, l.model_version, l.drawn_on, encode(sha256(k.secret), 'hex') AS seed_commitment,
            l.submitted_by, l.decided_at,
            r.outcome, r.hazard, r.inspected_on, r.measurements, r.recorded_by, r.recorded_at""";
    /** With the commitment of the day whose secret drew the lot, never the secret itself. */
    private static final String FROM = " FROM inspection.lots l LEFT JOIN inspection.results r USING (lot_id) "
            + "JOIN inspection.selection_days k ON k.bureau = l.bureau AND k.declared_on = l.drawn_on ";

    private final JdbcClient jdbc;

    LotStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Bureau> bureaus() {
        return jdbc.sql("SELECT code, name_zh, name_en, division_code, capacity_share FROM inspection.bureaus "
                        + "ORDER BY division_code, code")
                .query((rs, n) -> new Bureau(rs.getString(1), rs.getString(2), rs.getString(3),
                        new DivisionCode(rs.getString(4)), rs.getDouble(5)))
                .list();
    }

    /** The secret of a bureau's day, stored now if the day has none yet; the first writer's secret wins. */
    public byte[] secretOf(String bureau, LocalDate day, byte[] candidate, double capacityShare,
                           double explorationShare, String parameters) {
        jdbc.sql("INSERT INTO inspection.selection_days (bureau, declared_on, secret, capacity_share, "
                        + "exploration_share, parameters) VALUES (?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING")
                .params(bureau, day, candidate, capacityShare, explorationShare, parameters).update();
        return secretOf(bureau, day).orElseThrow();
    }

    public Optional<byte[]> secretOf(String bureau, LocalDate day) {
        return jdbc.sql("SELECT secret FROM inspection.selection_days WHERE bureau = ? AND declared_on = ?")
                .params(bureau, day).query(byte[].class).optional();
    }

    public boolean anyLot() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM inspection.lots)").query(Boolean.class).single();
    }

    public Optional<DecidedLot> find(String lotId) {
        return jdbc.sql("SELECT " + LOT_COLUMNS + FROM + "WHERE l.lot_id = ?").param(lotId)
                .query(LotStore::decided).optional();
    }

    public Map<String, DecidedLot> findAll(Collection<String> lotIds) {
        Map<String, DecidedLot> found = new HashMap<>();
        if (lotIds.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT " + LOT_COLUMNS + FROM + "WHERE l.lot_id = ANY (?)")
                .param(lotIds.toArray(String[]::new))
                .query(LotStore::decided).list().forEach(d -> found.put(d.lotId(), d));
        return found;
    }

    /** Stores a decided lot unless its id is already taken; true when this call stored it. */
    public boolean insert(LotDecision d, LocalDate drawnOn, Bureau bureau, RiskScore score,
                          List<String> likelyHazards, String submittedBy, java.time.Instant decidedAt) {
        var l = d.lot();
        return jdbc.sql("""
                INSERT INTO inspection.lots (lot_id, bureau, division_code, declared_on, direction, hs_code, origin,
                    consignee, manufacturer, quantity, value_cny, reason, selected, probability, priority,
                    priority_factor, threshold, exploration_draw, exploration_share, exploration_weight, features,
                    model_version, drawn_on, score, scorecard, likely_hazards, submitted_by, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::text[], ?, ?)
                ON CONFLICT (lot_id) DO NOTHING""")
                .params(l.lotId(), l.bureau(), bureau.division().value(), l.declaredAt(), l.direction().name(),
                        l.hsCode(), l.origin(), l.consignee(), l.manufacturer(), l.quantity(), l.valueCny(),
                        d.reason().name(), d.inspect(), d.probability(), d.priority(), d.priorityFactor(),
                        d.threshold(), d.explorationDraw(), d.explorationShare(), d.basis().explorationWeight(),
                        bytes(d.basis().features()), d.modelVersion(), drawnOn, score.score(),
                        ScorecardJson.write(score.factors()), "{" + String.join(",", likelyHazards) + "}",
                        submittedBy, Timestamp.from(decidedAt))
                .update() == 1;
    }

    /** A lot as the engine knows it, with what the engine knew of it when it decided. */
    public record EngineLot(org.qualityguard.risk.Lot lot, DivisionCode division,
                            org.qualityguard.risk.DecisionBasis basis) {
    }

    public Map<String, EngineLot> engineLots(Collection<String> lotIds) {
        Map<String, EngineLot> found = new HashMap<>();
        jdbc.sql("""
                SELECT lot_id, declared_on, bureau, direction, hs_code, origin, consignee, manufacturer, quantity,
                       value_cny, division_code, features, probability, exploration_weight
                  FROM inspection.lots WHERE lot_id = ANY (?)""")
                .param(lotIds.toArray(String[]::new))
                .query((rs, n) -> new EngineLot(lotOf(rs), new DivisionCode(rs.getString("division_code")),
                        basisOf(rs)))
                .list().forEach(e -> found.put(e.lot().lotId(), e));
        return found;
    }

    /** The lot of a row holding the columns of {@code inspection.lots} by their names. */
    static org.qualityguard.risk.Lot lotOf(ResultSet rs) throws SQLException {
        return new org.qualityguard.risk.Lot(rs.getString("lot_id"), rs.getObject("declared_on", LocalDate.class),
                rs.getString("bureau"), org.qualityguard.risk.Direction.valueOf(rs.getString("direction")),
                rs.getString("hs_code"), rs.getString("origin"), rs.getString("consignee"),
                rs.getString("manufacturer"), rs.getDouble("quantity"), rs.getDouble("value_cny"));
    }

    /** What the engine knew of the lot of such a row when it decided on it. */
    static org.qualityguard.risk.DecisionBasis basisOf(ResultSet rs) throws SQLException {
        return new org.qualityguard.risk.DecisionBasis(floats(rs.getBytes("features")), rs.getDouble("probability"),
                rs.getDouble("exploration_weight"));
    }

    public Map<String, RecordedResult> results(Collection<String> lotIds) {
        Map<String, RecordedResult> found = new HashMap<>();
        jdbc.sql("SELECT " + LOT_COLUMNS + FROM + "WHERE l.lot_id = ANY (?) AND r.lot_id IS NOT NULL")
                .param(lotIds.toArray(String[]::new))
                .query(LotStore::decided).list().forEach(d -> found.put(d.lotId(), d.result().orElseThrow()));
        return found;
    }

    public static byte[] bytes(float[] features) {
        ByteBuffer b = ByteBuffer.allocate(features.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : features) {
            b.putFloat(f);
        }
        return b.array();
    }

    public static float[] floats(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[bytes.length / Float.BYTES];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getFloat();
        }
        return out;
    }

    /** Selected lots of the bureaus in scope declared on {@code day} and still without a result, highest first. */
    public List<DecidedLot> worklist(DivisionScope scope, Optional<String> bureau, LocalDate day, int limit) {
        return jdbc.sql("SELECT " + LOT_COLUMNS + FROM + """
                        WHERE l.division_code BETWEEN ? AND ? AND l.declared_on = ? AND l.selected
                          AND r.lot_id IS NULL AND (?::text IS NULL OR l.bureau = ?)
                        ORDER BY (l.reason LIKE 'MANDATORY%') DESC, l.priority DESC, l.lot_id LIMIT ?""")
                .params(scope.lowest(), scope.highest(), day, bureau.orElse(null), bureau.orElse(null), limit)
                .query(LotStore::decided).list();
    }

    /** The latest lots in scope, newest first, optionally of one bureau and day. */
    public List<DecidedLot> recent(DivisionScope scope, Optional<String> bureau, Optional<LocalDate> day, int limit) {
        return jdbc.sql("SELECT " + LOT_COLUMNS + FROM + """
                        WHERE l.division_code BETWEEN ? AND ? AND (?::text IS NULL OR l.bureau = ?)
                          AND (?::date IS NULL OR l.declared_on = ?)
                        ORDER BY l.decision_seq DESC LIMIT ?""")
                .params(scope.lowest(), scope.highest(), bureau.orElse(null), bureau.orElse(null),
                        day.orElse(null), day.orElse(null), limit)
                .query(LotStore::decided).list();
    }

    static DecidedLot decided(ResultSet rs, int row) throws SQLException {
        Optional<RecordedResult> result = rs.getString("outcome") == null ? Optional.empty()
                : Optional.of(new RecordedResult(rs.getString("lot_id"), rs.getString("outcome"),
                        rs.getString("hazard"), rs.getObject("inspected_on", LocalDate.class),
                        JSON.readValue(rs.getString("measurements"), MEASUREMENTS), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()));
        Array hazards = rs.getArray("likely_hazards");
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new DecidedLot(rs.getString("lot_id"), rs.getString("bureau"),
                rs.getObject("declared_on", LocalDate.class), rs.getString("direction"), rs.getString("hs_code"),
                rs.getString("origin"), rs.getString("consignee"), rs.getString("manufacturer"),
                rs.getDouble("quantity"), rs.getDouble("value_cny"), rs.getString("reason"),
                rs.getBoolean("selected"), rs.getDouble("probability"), rs.getDouble("priority"),
                rs.getInt("score"), ScorecardJson.read(rs.getString("scorecard")),
                new ArrayList<>(Arrays.asList((String[]) hazards.getArray())), rs.getInt("model_version"),
                rs.getObject("drawn_on", LocalDate.class), rs.getString("seed_commitment"),
                rs.getString("submitted_by"), decidedAt.toInstant(), result);
    }
}
