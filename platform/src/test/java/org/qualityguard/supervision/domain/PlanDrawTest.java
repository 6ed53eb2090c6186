package org.qualityguard.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PlanDrawTest {

    private static final long[] POOL = {11, 12, 13, 14, 15, 16, 17};

    private static List<PlanDraw.Candidate> candidates(int n, Grade grade, int perYear) {
        List<PlanDraw.Candidate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new PlanDraw.Candidate(grade + "-" + i, grade, perYear, null));
        }
        return out;
    }

    /**
     * 40 B enterprises, a monthly draw takes ceil(40 × 1 / 12) = 4 of them. Over 6,000 draws from seeds derived
     * from one fixed seed each is drawn 600 times if the draw is uniform; Pearson's chi-square with 39 degrees of
     * freedom stays below 72.1 (p = 0.001) for a uniform draw.
     */
    @Test
    void shouldDrawEveryEnterpriseOfAGradeEquallyOften() {
        List<PlanDraw.Candidate> grade = candidates(40, Grade.B, 1);
        int[] drawn = new int[40];
        int draws = 6_000;
        java.util.SplittableRandom seeds = new java.util.SplittableRandom(20261127L);
        for (int d = 0; d < draws; d++) {
            PlanDraw.Drawn plan = PlanDraw.draw(grade, POOL, 3, seeds.nextLong());
            assertThat(plan.size()).isEqualTo(4);
            for (int i = 0; i < plan.size(); i++) {
                drawn[plan.candidate()[i]]++;
            }
        }
        double expected = draws * 4 / 40.0;
        double chiSquare = 0;
        for (int count : drawn) {
            chiSquare += (count - expected) * (count - expected) / expected;
        }
        assertThat(chiSquare).isLessThan(72.1);
    }

    @Test
    void shouldSpreadAYearlyGradesFirstInspectionsUniformlyOverTheMonths() {
        List<PlanDraw.Candidate> grade = candidates(12, Grade.A, 1);
        int[][] monthOf = new int[12][12];
        java.util.SplittableRandom seeds = new java.util.SplittableRandom(1);
        for (int d = 0; d < 2_400; d++) {
            PlanDraw.Drawn plan = PlanDraw.draw(grade, POOL, null, seeds.nextLong());
            for (int i = 0; i < plan.size(); i++) {
                monthOf[plan.candidate()[i]][plan.month()[i] - 1]++;
            }
        }
        // enterprise 0 falls in each month 200 times if uniform; chi-square, 11 d.f., p = 0.001 → 31.3
        double chi = 0;
        for (int m = 0; m < 12; m++) {
            chi += Math.pow(monthOf[0][m] - 200, 2) / 200;
        }
        assertThat(chi).isLessThan(31.3);
    }

    @Test
    void shouldScheduleEachEnterpriseAsOftenAsItsGradeRequiresMonthsApart() {
        List<PlanDraw.Candidate> all = new ArrayList<>(candidates(30, Grade.A, 1));
        all.addAll(candidates(10, Grade.C, 2));
        all.addAll(candidates(5, Grade.D, 3));
        PlanDraw.Drawn plan = PlanDraw.draw(all, POOL, null, 99);
        Map<Integer, List<Integer>> months = new HashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            months.computeIfAbsent(plan.candidate()[i], k -> new ArrayList<>()).add((int) plan.month()[i]);
        }
        assertThat(plan.size()).isEqualTo(30 + 20 + 15);
        for (int c = 0; c < all.size(); c++) {
            List<Integer> m = months.get(c);
            assertThat(m).hasSize(all.get(c).perYear()).doesNotHaveDuplicates();
        }
    }

    @Test
    void shouldNeverAssignAConflictedInspectorAndBalanceTheWork() {
        List<PlanDraw.Candidate> all = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            // every enterprise is conflicted with two of the seven inspectors
            all.add(new PlanDraw.Candidate("E" + i, Grade.values()[i % 4], 1 + i % 4,
                    new long[] {POOL[i % 7], POOL[(i + 3) % 7]}));
        }
        PlanDraw.Drawn plan = PlanDraw.draw(all, POOL, null, 5);
        Map<Long, Integer> load = new HashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            PlanDraw.Candidate c = all.get(plan.candidate()[i]);
            assertThat(plan.inspectorA()[i]).isNotEqualTo(plan.inspectorB()[i]);
            assertThat(c.barredInspectors()).doesNotContain(plan.inspectorA()[i], plan.inspectorB()[i]);
            load.merge(plan.inspectorA()[i], 1, Integer::sum);
            load.merge(plan.inspectorB()[i], 1, Integer::sum);
        }
        int max = load.values().stream().max(Integer::compare).orElseThrow();
        int min = load.values().stream().min(Integer::compare).orElseThrow();
        assertThat(load).hasSize(7);
        assertThat(max - min).isLessThanOrEqualTo(2);
    }

    @Test
    void shouldDrawTheSamePlanAgainFromItsSeed() {
        List<PlanDraw.Candidate> all = candidates(200, Grade.B, 2);
        PlanDraw.Drawn one = PlanDraw.draw(all, POOL, null, 42);
        PlanDraw.Drawn two = PlanDraw.draw(all, POOL, null, 42);
        PlanDraw.Drawn other = PlanDraw.draw(all, POOL, null, 43);
        assertThat(two.candidate()).isEqualTo(one.candidate());
        assertThat(two.month()).isEqualTo(one.month());
        assertThat(two.inspectorA()).isEqualTo(one.inspectorA());
        assertThat(two.inspectorB()).isEqualTo(one.inspectorB());
        assertThat(other.inspectorA()).isNotEqualTo(one.inspectorA());
    }

    @Test
    void shouldRefuseWhenFewerThanTwoInspectorsAreFreeOfConflict() {
        List<PlanDraw.Candidate> all = List.of(new PlanDraw.Candidate("X", Grade.A, 1, new long[] {11, 12}));
        assertThatThrownBy(() -> PlanDraw.draw(all, new long[] {11, 12, 13}, null, 1))
                .isInstanceOf(PlanDraw.NotEnoughInspectors.class);
    }
}
