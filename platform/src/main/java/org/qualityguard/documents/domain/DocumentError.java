package org.qualityguard.documents.domain;

import org.qualityguard.shared.Violation;

/** Every refusal of the documents module: a stable code (E1080–E1089) and one message key, in both bundles. */
public enum DocumentError {
    REQUIRED("E1080", "documents.error.required"),
    TOO_LONG("E1081", "documents.error.tooLong"),
    ABBREVIATION("E1082", "documents.error.abbreviation"),
    FONT_MISSING("E1083", "documents.error.font.missing"),
    GLYPH_MISSING("E1084", "documents.error.font.glyph"),
    NUMBER_TAKEN("E1085", "documents.error.number.taken"),
    CODE_MALFORMED("E1086", "documents.error.code.malformed"),
    TOO_MANY_CHECKS("E1087", "documents.error.rate");

    private final String code;
    private final String messageKey;

    DocumentError(String code, String messageKey) {
        this.code = code;
        this.messageKey = messageKey;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Violation violation(Object... arguments) {
        return new Violation(code, messageKey, arguments);
    }
}
