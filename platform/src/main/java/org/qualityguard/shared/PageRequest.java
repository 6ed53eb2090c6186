package org.qualityguard.shared;

/** A page of a list, counted from 0; the size is bounded so that no request can ask for the whole table. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    public long offset() {
        return (long) page * size;
    }
}
