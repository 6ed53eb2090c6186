package org.qualityguard.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qualityguard.risk.LotBuilder.aLot;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExternalSignalTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 3);
    private static final Cell NUTS_FROM_US = new Cell(CellKind.HEADING_ORIGIN, "0802", "US", null, null);

    private final RiskEngine engine = RiskEngine.create(RiskEngineConfig.defaults());

    private static Lot nutsFromUs(LocalDate on) {
        return aLot().withHs("0802110000").from("US").on(on).build();
    }

    private Optional<ScoreFactor> line(RiskScore score, String factor) {
        return score.factors().stream().filter(f -> f.factor().equals(factor)).findFirst();
    }

    @Test
    void aPartnerNotificationOnAFlowRaisesTheScoreOfItsLotsWithALineAndLeavesOtherFlowsAlone() {
        Lot notified = nutsFromUs(DAY);
        Lot other = aLot().withHs("0904110000").from("US").on(DAY).build();
        RiskScore notifiedBefore = engine.score(notified);
        RiskScore otherBefore = engine.score(other);

        engine.signal(ExternalSignal.onFlow("0802", "US", SignalKind.PARTNER_NOTIFICATION, 1.0, DAY));

        RiskScore after = engine.score(notified);
        assertThat(after.score()).isGreaterThan(notifiedBefore.score());
        assertThat(after.probability()).isGreaterThan(notifiedBefore.probability());
        assertThat(line(after, "PARTNER_NOTIFICATION")).hasValueSatisfying(f -> {
            assertThat(f.messageKey()).isEqualTo(ScoreFactor.Reading.PARTNER_NOTIFICATION.key());
            assertThat(f.arguments()).containsExactly(List.of(NUTS_FROM_US), 1, 0);
            assertThat(f.points()).isEqualTo(after.score() - notifiedBefore.score());
        });
        assertThat(engine.score(other).score()).isEqualTo(otherBefore.score());
        assertThat(line(engine.score(other), "PARTNER_NOTIFICATION")).isEmpty();
    }

    @Test
    void eachKindOfSignalHasItsOwnLineAndSignalsOnALotsCellsAddUp() {
        engine.signal(ExternalSignal.onConsignee("C-ACME", SignalKind.CONSUMER_COMPLAINT, 0.5, DAY));
        int oneComplaint = engine.score(nutsFromUs(DAY)).score();
        engine.signal(ExternalSignal.onFlow("0802", "US", SignalKind.CONSUMER_COMPLAINT, 0.5, DAY));
        engine.signal(ExternalSignal.onFlow("0802", "US", SignalKind.OTHER_BUREAU_RESULT, 1.0, DAY));

        RiskScore score = engine.score(nutsFromUs(DAY));
        assertThat(line(score, "COMPLAINTS")).hasValueSatisfying(f -> {
            assertThat(f.messageKey()).isEqualTo(ScoreFactor.Reading.COMPLAINTS.key());
            assertThat(f.arguments().get(1)).isEqualTo(2);
        });
        assertThat(line(score, "OTHER_BUREAU_RESULT")).hasValueSatisfying(f ->
                assertThat(f.messageKey()).isEqualTo(ScoreFactor.Reading.OTHER_BUREAU_RESULT.key()));
        assertThat(score.score()).isGreaterThan(oneComplaint);
    }

    @Test
    void aSignalFadesWithTheRecentHalfLifeAndAnOldOneHasNoEffect() {
        double halfLife = RiskEngineConfig.defaults().recentHalfLifeDays();
        int without = engine.score(nutsFromUs(DAY)).score();
        engine.signal(ExternalSignal.onFlow("0802", "US", SignalKind.PARTNER_NOTIFICATION, 1.0, DAY));

        int fresh = engine.score(nutsFromUs(DAY)).score();
        RiskScore oneHalfLife = engine.score(nutsFromUs(DAY.plusDays((long) halfLife)));
        RiskScore old = engine.score(nutsFromUs(DAY.plusDays((long) (5 * halfLife))));

        assertThat(oneHalfLife.score()).isLessThan(fresh).isGreaterThan(without);
        assertThat(line(oneHalfLife, "PARTNER_NOTIFICATION")).hasValueSatisfying(f ->
                assertThat(f.arguments().get(2)).isEqualTo((int) halfLife));
        assertThat(old.score()).isEqualTo(without);
        assertThat(line(old, "PARTNER_NOTIFICATION")).isEmpty();
    }

    @Test
    void aSignalDoesNotCountForALotDeclaredBeforeIt() {
        int without = engine.score(nutsFromUs(DAY.minusDays(1))).score();
        engine.signal(ExternalSignal.onFlow("0802", "US", SignalKind.PARTNER_NOTIFICATION, 1.0, DAY));

        assertThat(engine.score(nutsFromUs(DAY.minusDays(1))).score()).isEqualTo(without);
    }

    @Test
    void aSignalOnAConsigneeNoLotHasReachedYetIsCarriedByItsFirstLot() {
        engine.signal(ExternalSignal.onConsignee("C-NEWCOMER", SignalKind.OTHER_BUREAU_RESULT, 1.0, DAY));

        RiskScore first = engine.score(aLot().withConsignee("C-NEWCOMER").on(DAY).build());
        assertThat(line(first, "OTHER_BUREAU_RESULT")).hasValueSatisfying(f ->
                assertThat(f.arguments().get(0)).isEqualTo(List.of(new Cell(CellKind.CONSIGNEE, null, null,
                        "C-NEWCOMER", null))));
    }

    @Test
    void aPlanOfFewLotsPrefersTheLotOfTheSignalledFlow() {
        engine.signal(ExternalSignal.onFlow("0802", "US", SignalKind.PARTNER_NOTIFICATION, 1.0, DAY));
        List<Lot> lots = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lots.add(aLot().withId("P" + i).withHs("0904110000").from("VN").on(DAY).build());
        }
        lots.add(aLot().withId("SIGNALLED").withHs("0802110000").from("US").on(DAY).build());

        InspectionPlan plan = engine.plan(lots, Capacity.count(1), 7);

        assertThat(plan.inspected()).extracting(d -> d.lot().lotId()).contains("SIGNALLED");
    }

    @Test
    void aNotificationDoesNotMakeItsFlowsFailuresLookExpectedToTheChartThatWouldConfirmIt() {
        RiskEngine notified = RiskEngine.create(RiskEngineConfig.defaults());
        notified.signal(ExternalSignal.onFlow("0802", "US", SignalKind.PARTNER_NOTIFICATION, 1.0, DAY));
        for (int i = 0; i < 6; i++) {
            for (RiskEngine e : List.of(engine, notified)) {
                Lot lot = aLot().withId("F" + i).withHs("0802110000").from("US").on(DAY.plusDays(i)).build();
                e.record(lot, InspectionResult.failed(lot.lotId(), lot.declaredAt(), Hazard.QUALITY));
            }
        }

        double plain = engine.chartState(NUTS_FROM_US, DAY.plusDays(6)).statistic();
        assertThat(plain).isPositive();
        assertThat(notified.chartState(NUTS_FROM_US, DAY.plusDays(6)).statistic())
                .isCloseTo(plain, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aSignalThatIsNotAboutAWatchedCellOrHasNoSenseOfStrengthIsRefused() {
        Cell chapter = new Cell(CellKind.HS_CHAPTER, "08", null, null, null);
        assertThatThrownBy(() -> new ExternalSignal(chapter, SignalKind.PARTNER_NOTIFICATION, 1, DAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HS_CHAPTER");
        for (double strength : new double[] {0, -0.5, 1.5, Double.NaN}) {
            assertThatThrownBy(() -> ExternalSignal.onFlow("0802", "US", SignalKind.PARTNER_NOTIFICATION, strength,
                    DAY)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strength");
        }
        assertThatThrownBy(() -> ExternalSignal.onFlow("08", "US", SignalKind.PARTNER_NOTIFICATION, 1, DAY))
                .hasMessageContaining("4 digits");
        assertThatThrownBy(() -> ExternalSignal.onFlow("0802", " ", SignalKind.PARTNER_NOTIFICATION, 1, DAY))
                .hasMessageContaining("origin");
        assertThatThrownBy(() -> new ExternalSignal(new Cell(CellKind.CONSIGNEE, "0802", null, "C1", null),
                SignalKind.CONSUMER_COMPLAINT, 1, DAY)).hasMessageContaining("has no HS heading");
        assertThatThrownBy(() -> ExternalSignal.onConsignee("C1", null, 1, DAY)).hasMessageContaining("kind");
        assertThatThrownBy(() -> ExternalSignal.onConsignee("C1", SignalKind.CONSUMER_COMPLAINT, 1, null))
                .hasMessageContaining("date");
    }
}
