package org.qualityguard.risk.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdditiveEffectsTest {

    private static final int CODE_RISKY = 3;
    private static final int CODE_SAFE = 4;
    private static final int CLEAN_RISKY_IMPORTER = 6;
    private static final int CLEAN_MIXED_IMPORTER = 7;
    private static final int BAD_SAFE_IMPORTER = 8;

    /**
     * A risky product fails 25 %, a safe one 5 %. Two clean consignees import the risky product, one a bad consignee
     * imports only the safe one and fails 20 %. Raw rates call the clean importer of risky goods the worst consignee;
     * fitted together, the product carries its own risk and the bad consignee stands out.
     */
    @Test
    void creditsFailuresToTheCellsThatExplainThem() {
        AdditiveEffects effects = new AdditiveEffects(180, 4000);
        effects.ensure(13);
        add(effects, CODE_RISKY, CLEAN_RISKY_IMPORTER, 400, 5);
        add(effects, CODE_RISKY, CLEAN_MIXED_IMPORTER, 400, 5);
        add(effects, CODE_SAFE, CLEAN_MIXED_IMPORTER, 400, 1);
        add(effects, CODE_SAFE, BAD_SAFE_IMPORTER, 400, 4);
        effects.refit(100, 13);
        effects.refit(107, 13);
        float[] e = effects.effects();
        assertThat(e[BAD_SAFE_IMPORTER] - e[CLEAN_RISKY_IMPORTER]).isGreaterThan(1.0f);
        assertThat(Math.abs(e[CLEAN_RISKY_IMPORTER] - e[CLEAN_MIXED_IMPORTER])).isLessThan(0.3f);
        assertThat(e[CODE_RISKY] - e[CODE_SAFE]).isGreaterThan(1.2f);
    }

    @Test
    void aCellWithoutResultsHasNoEffectAndItsLotsAreUncertain() {
        AdditiveEffects effects = new AdditiveEffects(180, 4000);
        effects.ensure(14);
        add(effects, CODE_RISKY, CLEAN_RISKY_IMPORTER, 400, 5);
        effects.refit(100, 14);
        assertThat(effects.effects()[13]).isZero();
        int[] known = lot(CODE_RISKY, CLEAN_RISKY_IMPORTER);
        int[] newcomer = lot(CODE_RISKY, 13);
        assertThat(effects.sd(newcomer)).isGreaterThan(effects.sd(known));
    }

    /** {@code lots} lots of the consignee and product, {@code failingInTwenty} of every twenty failing. */
    private static void add(AdditiveEffects effects, int code, int consignee, int lots, int failingInTwenty) {
        for (int i = 0; i < lots; i++) {
            effects.observe(lot(code, consignee), 100, i % 20 < failingInTwenty);
        }
    }

    private static int[] lot(int code, int consignee) {
        // chapter, heading, subheading, code, origin, consignee, manufacturer, heading × origin, consignee × heading,
        // manufacturer × heading: only the code and the consignee differ between lots
        return new int[] {0, 1, 2, code, 5, consignee, 9, 10, 11, 12};
    }
}
