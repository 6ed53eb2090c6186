package org.qualityguard.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityguard.risk.DrawKeys.aKey;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrawKeyTest {

    private static final double SHARE = 0.10;

    /**
     * A declarant knows everything published: the draw's recipe, today's commitment, yesterday's revealed secret, and
     * may choose among many lot ids. Ranking candidate ids by every draw it can compute, and keeping the tenth that
     * looks least likely to be explored, it still meets exploration at the share's rate, and its predictions do not
     * correlate with the draws made under today's secret.
     */
    @Test
    void choosingLotIdsCannotSteerTheDraw() throws Exception {
        DrawKey today = aKey(20261202);
        DrawKey yesterday = aKey(20261201);
        DrawKey fromCommitment = new DrawKey(HexFormat.of().parseHex(today.commitment()));
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            candidates.add("DECL-2026-" + i);
        }
        for (DrawKey guess : List.of(yesterday, fromCommitment)) {
            assertThat(Math.abs(correlation(candidates, guess, today))).isLessThan(0.03);

            List<String> chosen = candidates.stream()
                    .sorted(Comparator.comparingDouble(guess::exploration).reversed()).limit(2_000).toList();
            long explored = chosen.stream().filter(id -> today.exploration(id) < SHARE).count();
            // 2,000 lots at 10 %: 200 expected, standard deviation 13.4; below 150 would be steering
            assertThat(explored).isBetween(150L, 250L);
        }
    }

    @Test
    void theSameSecretReproducesEveryDrawAndTheCommitmentIsItsSha256() throws Exception {
        DrawKey key = aKey(5);
        DrawKey revealed = DrawKey.ofHex(key.secretHex());

        assertThat(revealed.exploration("L-1")).isEqualTo(key.exploration("L-1"));
        assertThat(revealed.exploration("L-2")).isNotEqualTo(key.exploration("L-1"));
        assertThat(key.commitment()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(HexFormat.of().parseHex(key.secretHex()))));
        assertThat(key.toString()).doesNotContain(key.secretHex());
    }

    @Test
    void aLotsExplorationFollowUpAndThompsonDrawsAreIndependent() {
        DrawKey key = aKey(9);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            ids.add("L" + i);
        }
        double sum = 0;
        double product = 0;
        for (String id : ids) {
            sum += key.exploration(id);
            product += (key.exploration(id) - 0.5) * (key.followUp(id) - 0.5);
        }
        assertThat(sum / ids.size()).isBetween(0.49, 0.51);
        // covariance of independent uniforms is 0, its standard error here 0.0006
        assertThat(Math.abs(product / ids.size())).isLessThan(0.003);
        assertThat(key.thompson("L1")).isNotEqualTo(key.thompson("L2"));
    }

    private static double correlation(List<String> ids, DrawKey a, DrawKey b) {
        double sa = 0;
        double sb = 0;
        double saa = 0;
        double sbb = 0;
        double sab = 0;
        for (String id : ids) {
            double x = a.exploration(id);
            double y = b.exploration(id);
            sa += x;
            sb += y;
            saa += x * x;
            sbb += y * y;
            sab += x * y;
        }
        int n = ids.size();
        double cov = sab / n - sa / n * sb / n;
        return cov / Math.sqrt((saa / n - sa / n * sa / n) * (sbb / n - sb / n * sb / n));
    }
}
