package org.qualityguard.shared;

/**
 * A page of a list, counted from 0, in an order the list allows; the size is bounded so that no request can ask
 * for the whole table. A cursor, when the page was reached by "next" or "previous", lets the list seek to it.
 */
public record PageRequest(int page, int size, SortOrder sort, PageCursor cursor) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 20;

    public PageRequest {
        page = Math.max(page, 0);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        sort = sort == null ? new SortOrder(null, false) : sort;
    }

    public PageRequest(int page, int size) {
        this(page, size, null, null);
    }

    public long offset() {
        return (long) page * size;
    }
}
