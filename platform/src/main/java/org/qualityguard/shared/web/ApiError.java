package org.qualityguard.shared.web;

import java.util.List;

/** The body of every API error: a list of {code, field, message}, with the input row where a file was read. */
public record ApiError(List<Item> errors) {

    public record Item(String code, String field, String message, Integer row) {
    }

    public static ApiError single(String code, String field, String message) {
        return new ApiError(List.of(new Item(code, field, message, null)));
    }
}
