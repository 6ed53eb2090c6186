package org.qualityguard.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.qualityguard.support.Bundles;

/** The Chinese and English bundles say the same things: one key set, each key once. */
class MessageBundlesTest {

    @Test
    void bothBundlesHoldTheSameKeys() {
        Set<String> zh = new TreeSet<>(Bundles.keys(Bundles.ZH));
        Set<String> en = new TreeSet<>(Bundles.keys(Bundles.EN));
        assertThat(zh).hasSizeGreaterThan(500);

        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        assertThat(onlyZh).as("keys only in the Chinese bundle").isEmpty();
        assertThat(onlyEn).as("keys only in the English bundle").isEmpty();
    }

    @Test
    void noBundleDefinesAKeyTwice() {
        for (var bundle : List.of(Bundles.ZH, Bundles.EN)) {
            Set<String> seen = new HashSet<>();
            Set<String> twice = new TreeSet<>();
            for (String key : Bundles.keys(bundle)) {
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            assertThat(twice).as("keys defined twice in %s", bundle.getFileName()).isEmpty();
        }
    }
}
