package org.qualityguard.identity;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The kind of an organisation, as the power guard asks for it of the organisation a member of staff acts for. */
@Component
public class OrganisationKinds {

    private final JdbcClient jdbc;

    OrganisationKinds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation's kind; empty for one that is not stored (the platform itself). */
    public Optional<OrganisationKind> of(long organisationId) {
        return jdbc.sql("SELECT kind FROM identity.organisation WHERE id = ?").param(organisationId)
                .query(String.class).optional().map(OrganisationKind::valueOf);
    }
}
