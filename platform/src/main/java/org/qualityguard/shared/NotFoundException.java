package org.qualityguard.shared;

/**
 * The thing asked for does not exist, or lies outside the caller's division: both answer 404 so that a scope
 * check never reveals whether a record exists elsewhere.
 */
public class NotFoundException extends RuntimeException {

    private final String field;
    private final String value;

    public NotFoundException(String field, String value) {
        super(field + " " + value + " not found");
        this.field = field;
        this.value = value;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }
}
