package org.qualityguard.shared;

import java.util.List;

/**
 * One broken rule: a stable error code that clients can rely on (E1xxx codes, E2xxx enterprise, E9xxx access),
 * a message key into the message bundles and the arguments the message needs.
 */
public record Violation(String code, String messageKey, List<Object> arguments) {

    public Violation(String code, String messageKey, Object... arguments) {
        this(code, messageKey, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
