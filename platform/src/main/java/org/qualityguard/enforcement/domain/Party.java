package org.qualityguard.enforcement.domain;

/**
 * The party of a case (当事人): an organisation by its unified social credit code as the registry knows it, or a
 * person by name. The kind decides the summary procedure's limit and the threshold of a large fine.
 */
public record Party(Kind kind, String creditCode, String name) {

    public enum Kind { ORGANISATION, PERSON }
}
