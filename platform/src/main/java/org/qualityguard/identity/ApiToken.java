package org.qualityguard.identity;

import java.time.Instant;

/** An API token as the console lists it: never its value, which is shown once when it is issued. */
public record ApiToken(long id, String name, Instant created, Instant expires, Instant lastUsed, Instant revoked) {

    public boolean usableAt(Instant now) {
        return revoked == null && expires.isAfter(now);
    }
}
