package org.qualityguard.power.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.qualityguard.identity.OrganisationKind;
import org.qualityguard.power.DiscretionRange;
import org.qualityguard.shared.clock.Exclusion;
import org.qualityguard.power.ItemContent;
import org.qualityguard.power.LegalBasis;
import org.qualityguard.power.PowerItemView;
import org.qualityguard.power.PowerType;
import org.qualityguard.shared.clock.TimeLimit;
import org.qualityguard.power.domain.GuardRules;
import org.qualityguard.power.domain.ItemStatus;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.DivisionLevel;
import org.qualityguard.shared.Workflow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versions of power items as stored; a status changes only along an edge of {@link ItemStatus#WORKFLOW}. */
@Repository
public class ItemStore {

    private static final String SELECT = """
            SELECT id, code, version, owner_division, type, name, basis_laws, basis_articles, levels, kinds,
                   statutory_days, statutory_count, statutory_extension, promised_days, promised_count, excluded,
                   discretion_cases, discretion_ranges, responsible_unit, accountability, status, demo, drafted_by, drafted_at,
                   reviewed_by, confirmed_by, published_by, published_at, status_reason
            FROM power.item
            """;

    private final JdbcClient jdbc;

    ItemStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What a list asks for: a type, a fragment of the name or code, only published versions; and whose catalogues:
     * those of the reader's division and the divisions above it, and of those within its scope (null: everyone's).
     */
    public record Filter(PowerType type, String name, boolean publishedOnly, DivisionCode reader) {
    }

    public long insert(ItemContent c, int version, DivisionCode owner, boolean demo, String draftedBy, Instant at) {
        return jdbc.sql("""
                        INSERT INTO power.item (code, version, owner_division, type, name, basis_laws, basis_articles,
                            levels, kinds, statutory_days, statutory_count, statutory_extension, promised_days,
                            promised_count, excluded,
                            discretion_cases, discretion_ranges, responsible_unit, accountability, status, demo,
                            drafted_by, drafted_at)
                        VALUES (:code, :version, :owner, :type, :name, :laws, :articles, :levels, :kinds, :sDays,
                            :sCount, :sExtension, :pDays, :pCount, :excluded, :cases, :ranges, :unit, :accountability, 'DRAFTED',
                            :demo, :by, :at)
                        RETURNING id""")
                .params(contentParams(c)).param("version", version).param("owner", owner.value())
                .param("demo", demo).param("by", draftedBy).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    /** Rewrites what a version still DRAFTED says (an import of the same code and version); false if it moved on. */
    public boolean redraft(long id, ItemContent c, String draftedBy, Instant at) {
        return jdbc.sql("""
                        UPDATE power.item SET type = :type, name = :name, basis_laws = :laws, basis_articles = :articles,
                            levels = :levels, kinds = :kinds, statutory_days = :sDays, statutory_count = :sCount,
                            statutory_extension = :sExtension,
                            promised_days = :pDays, promised_count = :pCount, excluded = :excluded,
                            discretion_cases = :cases, discretion_ranges = :ranges, responsible_unit = :unit,
                            accountability = :accountability, drafted_by = :by, drafted_at = :at
                        WHERE id = :id AND status = 'DRAFTED'""")
                .params(contentParams(c)).param("by", draftedBy).param("at", Timestamp.from(at)).param("id", id)
                .update() == 1;
    }

    private static Map<String, Object> contentParams(ItemContent c) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", c.code());
        p.put("type", c.type().name());
        p.put("name", c.name().strip());
        p.put("laws", c.legalBases().stream().map(b -> b.law().strip()).toArray(String[]::new));
        p.put("articles", c.legalBases().stream().map(b -> b.article().strip()).toArray(String[]::new));
        p.put("levels", names(c.levels()));
        p.put("kinds", names(c.kinds()));
        p.put("sDays", c.statutoryLimit() == null ? null : c.statutoryLimit().days());
        p.put("sCount", c.statutoryLimit() == null ? null : c.statutoryLimit().count().name());
        p.put("sExtension", c.statutoryLimit() == null ? 0 : c.statutoryLimit().maximumExtension());
        p.put("pDays", c.promisedLimit() == null ? null : c.promisedLimit().days());
        p.put("pCount", c.promisedLimit() == null ? null : c.promisedLimit().count().name());
        p.put("excluded", names(c.excluded()));
        p.put("cases", c.discretion().stream().map(d -> d.circumstance().strip()).toArray(String[]::new));
        p.put("ranges", c.discretion().stream().map(d -> d.range().strip()).toArray(String[]::new));
        p.put("unit", c.responsibleUnit().strip());
        p.put("accountability", c.accountability().strip());
        return p;
    }

    /** Enum names in declaration order, so that a set is stored (and exported) the same way every time. */
    private static <E extends Enum<E>> String[] names(Set<E> values) {
        return values.stream().sorted().map(Enum::name).toArray(String[]::new);
    }

    /**
     * Moves the version along the edge where it still is in the edge's source state, recording who did it (and
     * when it was published) and the reason; false if another request moved it first.
     */
    public boolean move(long id, Workflow.Transition<ItemStatus> edge, String actor, String reason, Instant at) {
        String who = switch (edge.command()) {
            case ItemStatus.REVIEW, ItemStatus.REJECT -> ", reviewed_by = :actor";
            case ItemStatus.CONFIRM -> ", confirmed_by = :actor";
            case ItemStatus.PUBLISH -> ", published_by = :actor, published_at = :at";
            default -> "";
        };
        var spec = jdbc.sql("UPDATE power.item SET status = :to" + who
                        + ", status_reason = :reason WHERE id = :id AND status = :from")
                .param("to", edge.to().name()).param("from", edge.from().name()).param("id", id)
                .param("reason", reason == null || reason.isBlank() ? null : reason.strip());
        if (!who.isEmpty()) {
            spec = spec.param("actor", actor);
        }
        if (edge.command().equals(ItemStatus.PUBLISH)) {
            spec = spec.param("at", Timestamp.from(at));
        }
        return spec.update() == 1;
    }

    public Optional<PowerItemView> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(ItemStore::view).optional();
    }

    /** Every version of the code, first to last. */
    public List<PowerItemView> versions(String code) {
        return jdbc.sql(SELECT + " WHERE code = ? ORDER BY version").param(code).query(ItemStore::view).list();
    }

    /** The stored versions of these (code, version) keys, by "code/version". */
    public Map<String, PowerItemView> findAll(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SELECT + " WHERE code = ANY(?)").param(codes.toArray(String[]::new)).query(ItemStore::view)
                .list().stream().collect(Collectors.toMap(v -> v.code() + "/" + v.version(), v -> v));
    }

    /**
     * The list: of each code the version in force (published) if publishedOnly, otherwise every version; by type,
     * then code and version.
     */
    public void forEach(Filter filter, Consumer<PowerItemView> sink) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.reader() != null) {
            List<String> above = new ArrayList<>();
            for (DivisionCode d = filter.reader(); d != null; d = d.level() == DivisionLevel.PROVINCE ? null : d.parent()) {
                above.add(d.value());
            }
            where.append(" AND (owner_division = ANY(:above) OR owner_division BETWEEN :lowest AND :highest)");
            params.put("above", above.toArray(String[]::new));
            params.put("lowest", filter.reader().scope().lowest());
            params.put("highest", filter.reader().scope().highest());
        }
        if (filter.publishedOnly()) {
            where.append(" AND status = 'PUBLISHED'");
        }
        if (filter.type() != null) {
            where.append(" AND type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.name() != null && !filter.name().isBlank()) {
            where.append(" AND (strpos(name, :name) > 0 OR strpos(code, upper(:name)) > 0)");
            params.put("name", filter.name().strip());
        }
        jdbc.sql(SELECT + where + " ORDER BY array_position(ARRAY['LICENSING','PENALTY','COERCION','LEVY','BENEFIT',"
                        + "'INSPECTION','CONFIRMATION','REWARD','ADJUDICATION','OTHER'], type), code, version")
                .params(params).query(ItemStore::view).list().forEach(sink);
    }

    /** What the guard needs to know of the code: its versions' statuses and the published version, if any. */
    public GuardRules.Standing standing(String code) {
        List<PowerItemView> versions = versions(code);
        if (versions.isEmpty()) {
            return null;
        }
        Set<ItemStatus> statuses = EnumSet.noneOf(ItemStatus.class);
        versions.forEach(v -> statuses.add(ItemStatus.valueOf(v.status())));
        Optional<PowerItemView> inForce = versions.stream().filter(v -> v.status().equals("PUBLISHED")).findFirst();
        return inForce.map(v -> new GuardRules.Standing(code, statuses, v.version(), v.content().levels(),
                        v.content().kinds(), new DivisionCode(v.ownerDivision())))
                .orElse(new GuardRules.Standing(code, statuses, null, Set.of(), Set.of(), null));
    }

    public boolean anyDemo() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM power.item WHERE demo)").query(Boolean.class).single();
    }

    private static PowerItemView view(ResultSet rs, int row) throws SQLException {
        String[] laws = strings(rs.getArray("basis_laws"));
        String[] articles = strings(rs.getArray("basis_articles"));
        List<LegalBasis> bases = new ArrayList<>();
        for (int i = 0; i < laws.length; i++) {
            bases.add(new LegalBasis(laws[i], articles[i]));
        }
        String[] cases = strings(rs.getArray("discretion_cases"));
        String[] ranges = strings(rs.getArray("discretion_ranges"));
        List<DiscretionRange> discretion = new ArrayList<>();
        for (int i = 0; i < cases.length; i++) {
            discretion.add(new DiscretionRange(cases[i], ranges[i]));
        }
        ItemContent content = new ItemContent(rs.getString("code"), PowerType.valueOf(rs.getString("type")),
                rs.getString("name"), bases, enums(DivisionLevel.class, rs.getArray("levels")),
                enums(OrganisationKind.class, rs.getArray("kinds")),
                limit(rs, "statutory_days", "statutory_count", rs.getInt("statutory_extension")),
                limit(rs, "promised_days", "promised_count", 0),
                enums(Exclusion.class, rs.getArray("excluded")), discretion, rs.getString("responsible_unit"),
                rs.getString("accountability"));
        Timestamp published = rs.getTimestamp("published_at");
        return new PowerItemView(rs.getLong("id"), rs.getInt("version"), rs.getString("owner_division"), content,
                rs.getString("status"), rs.getBoolean("demo"), rs.getString("drafted_by"),
                rs.getTimestamp("drafted_at").toInstant(), rs.getString("reviewed_by"), rs.getString("confirmed_by"),
                rs.getString("published_by"), published == null ? null : published.toInstant(),
                rs.getString("status_reason"));
    }

    private static TimeLimit limit(ResultSet rs, String days, String count, int extension) throws SQLException {
        int d = rs.getInt(days);
        return rs.wasNull() ? null : new TimeLimit(d, TimeLimit.DayCount.valueOf(rs.getString(count)), extension);
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, Array array) throws SQLException {
        Set<E> out = EnumSet.noneOf(type);
        Arrays.stream(strings(array)).forEach(s -> out.add(Enum.valueOf(type, s)));
        return out;
    }
}
