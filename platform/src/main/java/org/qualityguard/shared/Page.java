package org.qualityguard.shared;

import java.util.List;

/**
 * A page of a list with the number of matching items. The count is exact up to a million matches (counted on an
 * index, see {@code shared.database.KeysetList}); beyond that {@code exactTotal} is false and the list says "more
 * than". A page asked for beyond the last is answered with the last page, and {@code requestedPage} keeps what was
 * asked so that the list can say so.
 *
 * @param sort           the order the page is in, as the list resolved it (its default when none was asked)
 * @param previousCursor where the page before this one ends, for a "previous" link that seeks (null on page 0)
 * @param nextCursor     where the page after this one starts (null on the last page)
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean exactTotal, SortOrder sort,
                      String previousCursor, String nextCursor, int requestedPage) {

    public Page(List<T> items, int page, int size, long total, boolean exactTotal) {
        this(items, page, size, total, exactTotal, null, null, null, page);
    }

    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true);
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    /** Whether a page beyond the last was asked for and the last one is shown instead. */
    public boolean clamped() {
        return requestedPage != page && total > 0;
    }

    public boolean sortedBy(String key) {
        return sort != null && key.equals(sort.key());
    }
}
