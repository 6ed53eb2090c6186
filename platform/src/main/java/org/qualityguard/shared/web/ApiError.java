package org.qualityguard.shared.web;

import java.util.List;

/**
 * The body of every API error: a list of {code, field, message}, with the input row where a file was read; at most
 * the first {@link org.qualityguard.shared.FieldViolation#REPORTED}, and {@code errorCount} of them in all.
 */
public record ApiError(List<Item> errors, int errorCount) {

    public record Item(String code, String field, String message, Integer row) {
    }

    public static ApiError single(String code, String field, String message) {
        return new ApiError(List.of(new Item(code, field, message, null)), 1);
    }
}
