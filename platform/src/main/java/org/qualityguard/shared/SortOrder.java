package org.qualityguard.shared;

/**
 * How a list is ordered: by one of the keys the list allows, ascending or descending. Rows with equal keys are
 * always ordered by the list's id as well, so that a page never repeats or skips a row.
 */
public record SortOrder(String key, boolean descending) {

    public static SortOrder parse(String key, String direction) {
        return new SortOrder(key == null || key.isBlank() ? null : key.strip(), "desc".equalsIgnoreCase(direction));
    }

    public String direction() {
        return descending ? "desc" : "asc";
    }
}
