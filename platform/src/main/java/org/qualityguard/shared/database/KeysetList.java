package org.qualityguard.shared.database;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.qualityguard.shared.Page;
import org.qualityguard.shared.PageCursor;
import org.qualityguard.shared.PageRequest;
import org.qualityguard.shared.SortOrder;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One list as SQL: its rows (a FROM … WHERE … with named parameters, already bounded by the reader's scope), the
 * keys it may be sorted by and the unique id that breaks ties. Pages are read by seeking on (sort key, id) with a
 * row comparison, which a B-tree index on (key, id) answers directly:
 * <ul>
 *   <li>"next" and "previous" carry a {@link PageCursor}, so the page is the rows after (or before) it;</li>
 *   <li>a page reached by its number (typed, first, last) finds its first row on the index, counting from the
 *   nearer end of the list, then seeks: page 521 of 558 counts 740 keys back from the end, not 10,400 rows
 *   forward;</li>
 *   <li>a number beyond the last page is answered with the last page.</li>
 * </ul>
 * The total is an exact {@code count(*)} on the same WHERE, which an index on the filtered columns keeps cheap; it
 * stops at {@link #COUNT_CAP}, above which "more than a million" is all a person needs to know. A table whose lists
 * reach a million rows remembers their totals between pages in a {@link CountCache}.
 *
 * @param from      {@code FROM … WHERE …} (always with a WHERE: a seek adds its bound with AND), the same for
 *                  counting, paging and exporting
 * @param columns   the sortable keys by name as requests give them; only these reach the SQL
 * @param defaultOrder the order when a request names none or an unknown one
 */
public record KeysetList(String from, Map<String, Object> params, Column id, Map<String, Column> columns,
                         SortOrder defaultOrder) {

    public static final int COUNT_CAP = 1_000_000;

    /**
     * A column a list can be sorted by: its SQL expression and the type its value is cast back to in a seek.
     * Only columns that are never null are sortable, so that a row comparison orders every row.
     */
    public record Column(String sql, String type) {
    }

    public KeysetList {
        if (!columns.containsKey(defaultOrder.key())) {
            throw new IllegalArgumentException("The default sort key " + defaultOrder.key() + " is not sortable");
        }
        params = Map.copyOf(params);
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** The order a request asked for if the list allows it, else the list's default. */
    public SortOrder resolve(SortOrder asked) {
        return asked != null && asked.key() != null && columns.containsKey(asked.key()) ? asked : defaultOrder;
    }

    public long count(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM (SELECT 1 " + from + " LIMIT :countCap) counted")
                .params(params).param("countCap", COUNT_CAP + 1).query(Long.class).single();
    }

    public <T> Page<T> page(JdbcClient jdbc, String select, PageRequest request, RowMapper<T> rows) {
        return page(jdbc, select, request, rows, count(jdbc));
    }

    /** The page, given the list's total as {@link #count} counted it (e.g. remembered by a {@link CountCache}). */
    public <T> Page<T> page(JdbcClient jdbc, String select, PageRequest request, RowMapper<T> rows, long counted) {
        SortOrder sort = resolve(request.sort());
        Column key = columns.get(sort.key());
        boolean exact = counted <= COUNT_CAP;
        long total = Math.min(counted, COUNT_CAP);
        int size = request.size();
        int lastPage = (int) Math.max(0, (total + size - 1) / size - 1);
        int page = Math.min(request.page(), lastPage);
        Optional<PageCursor> cursor = Optional.ofNullable(request.cursor())
                .filter(c -> c.sort().equals(sort) && page == request.page());
        List<Keyed<T>> found;
        if (total == 0) {
            found = List.of();
        } else if (cursor.isPresent()) {
            found = seek(jdbc, select, key, sort.descending(), cursor.get().after(), cursor.get().key(),
                    cursor.get().id(), false, size, rows);
        } else {
            found = byNumber(jdbc, select, key, sort.descending(), (long) page * size, total, size, rows);
        }
        String previous = page > 0 && !found.isEmpty()
                ? new PageCursor(sort, false, found.get(0).key, found.get(0).id).encode() : null;
        String next = page < lastPage && !found.isEmpty()
                ? new PageCursor(sort, true, found.get(found.size() - 1).key, found.get(found.size() - 1).id).encode()
                : null;
        return new Page<>(found.stream().map(k -> k.row).toList(), page, size, total, exact, sort, previous, next,
                request.page());
    }

    /** Streams every row in the list's order, e.g. into a spreadsheet. */
    public <T> void forEach(JdbcClient jdbc, String select, SortOrder asked, RowMapper<T> rows, Consumer<T> sink) {
        SortOrder sort = resolve(asked);
        Column key = columns.get(sort.key());
        String dir = sort.descending() ? " DESC" : "";
        int[] n = {0};
        jdbc.sql("SELECT " + select + " " + from + " ORDER BY " + key.sql() + dir + ", " + id.sql() + dir)
                .params(params).withFetchSize(2_000)
                .query((ResultSet rs) -> {
                    sink.accept(rows.mapRow(rs, n[0]++));
                });
    }

    private <T> List<Keyed<T>> byNumber(JdbcClient jdbc, String select, Column key, boolean descending, long start,
                                        long total, int size, RowMapper<T> rows) {
        long end = Math.min(start + size, total);
        boolean fromEnd = total - end < start;
        if (start == 0) {
            return seek(jdbc, select, key, descending, true, null, null, false, size, rows);
        }
        // the boundary row, read from the nearer end on the index alone (only key and id are selected)
        boolean backwards = descending != fromEnd;
        String dir = backwards ? " DESC" : "";
        List<String[]> boundary = jdbc.sql("SELECT " + "(" + key.sql() + ")::text, (" + id.sql() + ")::text " + from
                        + " ORDER BY " + key.sql() + dir + ", " + id.sql() + dir + " OFFSET :skip LIMIT 1")
                .params(params).param("skip", fromEnd ? total - end : start)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        if (boundary.isEmpty()) {
            return List.of();
        }
        String[] b = boundary.get(0);
        return seek(jdbc, select, key, descending, !fromEnd, b[0], b[1], true, (int) (end - start), rows);
    }

    /**
     * The rows after (or before) the row with this key and id, in the list's order; with no key, the first rows.
     * {@code inclusive} takes the boundary row itself, as a page found by number starts (or ends) with it.
     */
    private <T> List<Keyed<T>> seek(JdbcClient jdbc, String select, Column key, boolean descending, boolean after,
                                    String keyValue, String idValue, boolean inclusive, int limit,
                                    RowMapper<T> rows) {
        boolean backwards = descending == after;
        String dir = backwards ? " DESC" : "";
        String where = "";
        Map<String, Object> bound = new HashMap<>(params);
        if (keyValue != null) {
            String op = (backwards ? "<" : ">") + (inclusive ? "=" : "");
            where = " AND (" + key.sql() + ", " + id.sql() + ") " + op + " (CAST(:seekKey AS " + key.type()
                    + "), CAST(:seekId AS " + id.type() + "))";
            bound.put("seekKey", keyValue);
            bound.put("seekId", idValue);
        }
        List<Keyed<T>> found = new ArrayList<>(jdbc.sql("SELECT " + select + ", (" + key.sql()
                        + ")::text AS seek_key__, (" + id.sql() + ")::text AS seek_id__ " + from + where
                        + " ORDER BY " + key.sql() + dir + ", " + id.sql() + dir + " LIMIT :seekLimit")
                .params(bound).param("seekLimit", limit)
                .query((rs, n) -> new Keyed<>(rows.mapRow(rs, n), rs.getString("seek_key__"),
                        rs.getString("seek_id__"))).list());
        // read against the list's order to reach a page from its end; put it back in order
        if (descending != backwards) {
            Collections.reverse(found);
        }
        return found;
    }

    private record Keyed<T>(T row, String key, String id) {
    }
}
