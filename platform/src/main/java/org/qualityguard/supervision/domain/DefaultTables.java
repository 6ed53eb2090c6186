package org.qualityguard.supervision.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The tables a fresh installation starts from (version 1), shipped as text beside the code. */
public final class DefaultTables {

    private DefaultTables() {
    }

    public static String text(Regime regime) {
        String name = "/supervision/" + regime.name() + "-table.csv";
        try (InputStream in = DefaultTables.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }

    public static ScoringTable of(Regime regime) {
        return ScoringTable.parse(regime, 1, text(regime));
    }
}
