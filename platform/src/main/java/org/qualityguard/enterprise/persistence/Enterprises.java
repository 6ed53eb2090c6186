package org.qualityguard.enterprise.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.qualityguard.enterprise.EnterpriseFilter;
import org.qualityguard.enterprise.domain.Enterprise;
import org.qualityguard.enterprise.domain.EnterpriseCategory;
import org.qualityguard.enterprise.domain.FoodCategory;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.CreditCode;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.DivisionScope;
import org.qualityguard.shared.Page;
import org.qualityguard.shared.PageRequest;
import org.qualityguard.shared.SortOrder;
import org.qualityguard.shared.database.CountCache;
import org.qualityguard.shared.database.CsvCopy;
import org.qualityguard.shared.database.KeysetList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registry's table. Every read takes the reader's {@link DivisionScope}: there is no way to read an enterprise
 * without saying whose view it is, so a forgotten scope check cannot happen.
 */
@Repository
public class Enterprises {

    private static final String COLUMNS = "credit_code, name, categories, food_category, division_code, address, "
            + "legal_representative, demo, version";
    private static final int WRITE_CHUNK = 5_000;
    private static final KeysetList.Column CODE = new KeysetList.Column("credit_code", "text");
    /** The keys the registry can be sorted by, as requests name them; ties are broken by the credit code. */
    private static final Map<String, KeysetList.Column> SORTABLE = Map.of(
            "name", new KeysetList.Column("name", "text"),
            "code", CODE,
            "division", new KeysetList.Column("division_code", "text"));

    /** A registry total is counted once per list and minute, and again after any write to the registry. */
    private final CountCache totals = new CountCache(Duration.ofMinutes(1), 10_000);
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final BusinessTime time;

    Enterprises(JdbcClient jdbc, DataSource dataSource, BusinessTime time) {
        this.jdbc = jdbc;
        this.time = time;
        this.dataSource = dataSource;
    }

    public Optional<Enterprise> find(CreditCode code, DivisionScope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM enterprise.enterprise "
                        + "WHERE credit_code = ? AND division_code BETWEEN ? AND ?")
                .params(code.value(), scope.lowest(), scope.highest())
                .query(Enterprises::enterprise).optional();
    }

    /** Whether the code is registered at all, whoever's it is: only to refuse a duplicate registration. */
    public boolean exists(CreditCode code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM enterprise.enterprise WHERE credit_code = ?)")
                .param(code.value()).query(Boolean.class).single();
    }

    /**
     * A page of the filtered list in the order asked for (name, credit code or division), with its exact total.
     * The indexes on (name, credit_code) and (division_code, credit_code), both carrying the division code, let
     * the count, the boundary of a typed page and the seek read the index alone; the total is counted once per list
     * until the registry is next written to (see {@link CountCache}), so paging a million rows counts them once.
     */
    public Page<Enterprise> search(EnterpriseFilter filter, DivisionScope scope, PageRequest page) {
        KeysetList list = Query.of(filter, scope).list();
        return list.page(jdbc, COLUMNS, page, Enterprises::enterprise, totals.count(list, jdbc));
    }

    /** Streams every enterprise that matches, in the list's order, e.g. into a spreadsheet. */
    public void forEach(EnterpriseFilter filter, DivisionScope scope, SortOrder sort, Consumer<Enterprise> sink) {
        Query.of(filter, scope).list().forEach(jdbc, COLUMNS, sort, Enterprises::enterprise, sink);
    }

    /** The registered enterprises among these codes, wherever they are registered. */
    public Map<String, Enterprise> findAll(List<String> codes) {
        Map<String, Enterprise> found = new HashMap<>();
        for (int from = 0; from < codes.size(); from += WRITE_CHUNK) {
            List<String> chunk = codes.subList(from, Math.min(codes.size(), from + WRITE_CHUNK));
            jdbc.sql("SELECT " + COLUMNS + " FROM enterprise.enterprise WHERE credit_code = ANY(?)")
                    .param(chunk.toArray(String[]::new))
                    .query(Enterprises::enterprise).list()
                    .forEach(e -> found.put(e.creditCode().value(), e));
        }
        return found;
    }

    public void insert(Enterprise e) {
        totals.changed();
        jdbc.sql("INSERT INTO enterprise.enterprise (" + COLUMNS + ") VALUES (?, ?, ?::text[], ?, ?, ?, ?, ?, 0)")
                .params(e.creditCode().value(), e.name(), categoriesLiteral(e.categories()), foodName(e),
                        e.division().value(), e.address(), e.legalRepresentative(), e.demo())
                .update();
    }

    /** Writes the change if the stored version is still the one it was made on; false when someone was quicker. */
    public boolean update(Enterprise e, int expectedVersion) {
        totals.changed();
        return jdbc.sql("""
                        UPDATE enterprise.enterprise SET name = ?, categories = ?::text[], food_category = ?,
                            division_code = ?, address = ?, legal_representative = ?, updated_at = ?,
                            version = version + 1
                        WHERE credit_code = ? AND version = ?""")
                .params(e.name(), categoriesLiteral(e.categories()), foodName(e), e.division().value(), e.address(),
                        e.legalRepresentative(), Timestamp.from(time.now()), e.creditCode().value(), expectedVersion)
                .update() == 1;
    }

    /**
     * Inserts or updates many enterprises in the caller's transaction, streaming them with COPY into a staging
     * table and merging from there: one round trip per chunk instead of one per row.
     */
    public void upsertAll(List<Enterprise> enterprises, Consumer<Integer> progress) {
        if (enterprises.isEmpty()) {
            return;
        }
        totals.changed();
        jdbc.sql("""
                CREATE TEMPORARY TABLE IF NOT EXISTS enterprise_staging (
                    credit_code text, name text, categories text[], food_category text,
                    division_code text, address text, legal_representative text, demo boolean
                ) ON COMMIT DROP""").update();
        for (int from = 0; from < enterprises.size(); from += WRITE_CHUNK) {
            List<Enterprise> chunk = enterprises.subList(from, Math.min(enterprises.size(), from + WRITE_CHUNK));
            CsvCopy.copyIn(dataSource, "enterprise_staging", chunk.stream().map(e -> new Object[] {
                e.creditCode().value(), e.name(), categoriesLiteral(e.categories()), foodName(e),
                e.division().value(), e.address(), e.legalRepresentative(), e.demo()}).toList());
            progress.accept(chunk.size());
        }
        jdbc.sql("""
                INSERT INTO enterprise.enterprise (credit_code, name, categories, food_category, division_code,
                    address, legal_representative, demo)
                SELECT credit_code, name, categories, food_category, division_code, address,
                    legal_representative, demo FROM enterprise_staging
                ON CONFLICT (credit_code) DO UPDATE SET name = excluded.name, categories = excluded.categories,
                    food_category = excluded.food_category, division_code = excluded.division_code,
                    address = excluded.address, legal_representative = excluded.legal_representative,
                    updated_at = ?, version = enterprise.version + 1""")
                .param(Timestamp.from(time.now())).update();
        jdbc.sql("TRUNCATE enterprise_staging").update();
    }

    public List<org.qualityguard.enterprise.DivisionEnterprises> countsByDivision(DivisionScope scope) {
        return jdbc.sql("""
                        SELECT division_code,
                               count(*) FILTER (WHERE 'FOOD_PRODUCER' = ANY(categories)),
                               count(*) FILTER (WHERE 'SPECIAL_EQUIPMENT_USER' = ANY(categories))
                        FROM enterprise.enterprise WHERE division_code BETWEEN ? AND ? GROUP BY division_code""")
                .params(scope.lowest(), scope.highest())
                .query((rs, n) -> new org.qualityguard.enterprise.DivisionEnterprises(rs.getString(1), rs.getLong(2),
                        rs.getLong(3))).list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM enterprise.enterprise").query(Long.class).single();
    }

    private static String categoriesLiteral(Set<EnterpriseCategory> categories) {
        return "{" + String.join(",", categories.stream().map(Enum::name).sorted().toList()) + "}";
    }

    private static String foodName(Enterprise e) {
        return e.foodCategory() == null ? null : e.foodCategory().name();
    }

    private static Enterprise enterprise(ResultSet rs, int row) throws SQLException {
        Array array = rs.getArray("categories");
        Set<EnterpriseCategory> categories = EnumSet.noneOf(EnterpriseCategory.class);
        Arrays.stream((String[]) array.getArray()).map(EnterpriseCategory::valueOf).forEach(categories::add);
        String food = rs.getString("food_category");
        return new Enterprise(new CreditCode(rs.getString("credit_code")), rs.getString("name"), categories,
                food == null ? null : FoodCategory.valueOf(food), new DivisionCode(rs.getString("division_code")),
                rs.getString("address"), rs.getString("legal_representative"), rs.getBoolean("demo"),
                rs.getInt("version"));
    }

    /** The WHERE clause of a filtered, scoped list and its parameters. */
    private record Query(String where, Map<String, Object> params) {

        static Query of(EnterpriseFilter filter, DivisionScope scope) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new HashMap<>();
            String lo = scope.lowest();
            String hi = scope.highest();
            if (filter.divisionCode() != null && !filter.divisionCode().isBlank()) {
                DivisionScope narrowed = DivisionCode.parse(filter.divisionCode()).scope();
                lo = max(lo, narrowed.lowest());
                hi = min(hi, narrowed.highest());
            }
            conditions.add("division_code BETWEEN :lo AND :hi");
            params.put("lo", lo);
            params.put("hi", hi);
            if (filter.category() != null) {
                conditions.add("categories @> ARRAY[CAST(:category AS text)]");
                params.put("category", filter.category().name());
            }
            if (filter.nameFragment() != null && !filter.nameFragment().isBlank()) {
                conditions.add("name LIKE :name ESCAPE '\\'");
                params.put("name", "%" + escapeLike(filter.nameFragment().strip()) + "%");
            }
            if (filter.creditCode() != null && !filter.creditCode().isBlank()) {
                conditions.add("credit_code LIKE :code ESCAPE '\\'");
                params.put("code", escapeLike(CreditCode.normalise(filter.creditCode())) + "%");
            }
            return new Query(String.join(" AND ", conditions), params);
        }

        KeysetList list() {
            return new KeysetList("FROM enterprise.enterprise WHERE " + where, params, CODE, SORTABLE,
                    new SortOrder("name", false));
        }

        private static String escapeLike(String s) {
            return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }

        private static String max(String a, String b) {
            return a.compareTo(b) >= 0 ? a : b;
        }

        private static String min(String a, String b) {
            return a.compareTo(b) <= 0 ? a : b;
        }
    }
}
