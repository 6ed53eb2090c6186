package org.qualityguard.shared;

import java.util.List;

/**
 * A page of a list with the number of matching items. Where counting every match of a broad query would cost
 * more than the page itself, the count stops at a cap and {@code exactTotal} is false: the list then says
 * "more than …" rather than making every page of a province-wide list pay for a full count.
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean exactTotal) {

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
}
