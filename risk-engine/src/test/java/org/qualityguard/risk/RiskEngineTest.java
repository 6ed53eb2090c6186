package org.qualityguard.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityguard.risk.LotBuilder.aLot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RiskEngineTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 1, 6);
    private static final String[] CONSIGNEES = {"C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8"};
    private static final String[] HS = {"0802110000", "0802120000", "0904110000", "2008110000", "1006300000"};
    private static final String[] ORIGINS = {"US", "AU", "VN", "TH"};

    /** A week of varied lots; consignee C1 always fails, everyone else fails 3 % of the time. */
    private static List<Lot> week(int w, int perWeek, SplittableRandom r) {
        List<Lot> lots = new ArrayList<>();
        for (int i = 0; i < perWeek; i++) {
            lots.add(aLot().withId("W" + w + "-" + i).on(MONDAY.plusDays(7L * w + r.nextInt(7)))
                    .withConsignee(CONSIGNEES[r.nextInt(CONSIGNEES.length)]).withHs(HS[r.nextInt(HS.length)])
                    .from(ORIGINS[r.nextInt(ORIGINS.length)]).madeBy("M" + r.nextInt(20)).build());
        }
        return lots;
    }

    private static boolean fails(Lot lot, SplittableRandom r) {
        return lot.consignee().equals("C1") || r.nextDouble() < 0.03;
    }

    private static List<InspectionPlan> run(RiskEngine engine, int weeks, long seed) {
        SplittableRandom world = new SplittableRandom(99);
        List<InspectionPlan> plans = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            InspectionPlan plan = engine.plan(week(w, 200, world), Capacity.share(0.2), seed);
            plans.add(plan);
            for (Decision d : plan.inspected()) {
                boolean failed = fails(d.lot(), world);
                engine.record(d.lot(), failed ? InspectionResult.failed(d.lot().lotId(), d.lot().declaredAt(), Hazard.QUALITY)
                        : InspectionResult.passed(d.lot().lotId(), d.lot().declaredAt()));
            }
        }
        return plans;
    }

    @Test
    void twoEnginesFedTheSameDeclarationsAndResultsMakeTheSamePlansAndWarnings() {
        RiskEngine a = RiskEngine.create(RiskEngineConfig.defaults());
        RiskEngine b = RiskEngine.create(RiskEngineConfig.defaults());
        assertThat(run(a, 12, 5)).isEqualTo(run(b, 12, 5));
        assertThat(a.warnings()).isEqualTo(b.warnings());
    }

    @Test
    void shouldLearnThatABadConsigneeIsRiskierThanAGoodOne() {
        RiskEngine engine = RiskEngine.create(RiskEngineConfig.defaults());
        run(engine, 12, 1);
        Lot bad = aLot().withConsignee("C1").on(MONDAY.plusWeeks(12)).build();
        Lot good = aLot().withConsignee("C2").on(MONDAY.plusWeeks(12)).build();
        assertThat(engine.probability(bad)).isGreaterThan(3 * engine.probability(good));
    }

    @Test
    void theScorecardPointsAddUpToTheScoreAndExplainTheBadConsignee() {
        RiskEngine engine = RiskEngine.create(RiskEngineConfig.defaults());
        run(engine, 12, 1);
        RiskScore score = engine.score(aLot().withConsignee("C1").on(MONDAY.plusWeeks(12)).build());

        assertThat(score.factors().stream().mapToInt(ScoreFactor::points).sum()).isEqualTo(score.score());
        assertThat(score.factors().get(0).factor()).isEqualTo("BASE");
        assertThat(score.factors()).anySatisfy(f -> {
            assertThat(f.factor()).isEqualTo("CONSIGNEE");
            assertThat(f.points()).isPositive();
            assertThat(f.messageKey()).isEqualTo(ScoreFactor.Reading.HISTORY_ABOVE.key());
            assertThat(f.arguments().get(0)).isEqualTo(new Cell(CellKind.CONSIGNEE, null, null, "C1", null));
            assertThat(f.arguments().get(1)).isEqualTo(180L); // the history's half-life, read as "the last 180 days"
            assertThat(((LotCount) f.arguments().get(3)).value()).isPositive(); // its failed lots
        });
        // the probability agrees with the score's scale: 600 points = odds 1:50, 20 points double the odds
        double odds = Math.pow(2, (score.score() - RiskScore.ANCHOR_SCORE) / (double) RiskScore.POINTS_TO_DOUBLE_ODDS)
                / RiskScore.ANCHOR_ODDS_AGAINST;
        assertThat(odds / (1 + odds)).isBetween(score.probability() * 0.8, score.probability() * 1.25);
    }

    @Test
    void aCellsJointEffectIsCountedInTheLineOfItsKindNotInALineOfItsOwn() {
        RiskEngine engine = RiskEngine.create(RiskEngineConfig.defaults());
        run(engine, 30, 1); // enough results for the refit, which gives the joint effects their weight
        assertThat(engine.modelVersion()).isPositive();
        assertThat(engine.coefficients().get("JOINT_EFFECTS")).isPositive();
        RiskScore score = engine.score(aLot().withConsignee("C1").on(MONDAY.plusWeeks(30)).build());

        assertThat(score.factors()).extracting(ScoreFactor::factor)
                .noneMatch(f -> f.startsWith("JOINT_EFFECTS")).doesNotHaveDuplicates().contains("CONSIGNEE");
        assertThat(score.factors().stream().mapToInt(ScoreFactor::points).sum()).isEqualTo(score.score());
    }

    @Test
    void shouldWarnOnAFlowThatStartsFailingAndThenInspectAllItsLots() {
        RiskEngine engine = RiskEngine.create(RiskEngineConfig.defaults().withAutoConfirmAtOrange(true));
        SplittableRandom r = new SplittableRandom(3);
        // a quiet baseline: 8 weeks of passes from a flow
        for (int w = 0; w < 8; w++) {
            for (int i = 0; i < 20; i++) {
                Lot lot = aLot().withId("B" + w + "-" + i).on(MONDAY.plusWeeks(w)).withConsignee("C" + r.nextInt(30))
                        .build();
                engine.record(lot, r.nextDouble() < 0.03
                        ? InspectionResult.failed(lot.lotId(), lot.declaredAt(), Hazard.PESTICIDE_RESIDUE)
                        : InspectionResult.passed(lot.lotId(), lot.declaredAt()));
            }
        }
        // then it turns bad
        List<String> failedIds = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            Lot lot = aLot().withId("E" + i).on(MONDAY.plusWeeks(8)).withConsignee("C" + r.nextInt(30)).build();
            engine.record(lot, InspectionResult.failed(lot.lotId(), lot.declaredAt(), Hazard.PESTICIDE_RESIDUE));
            failedIds.add(lot.lotId());
        }
        Cell flow = new Cell(CellKind.HEADING_ORIGIN, "0802", "US", null, null);
        ChartState chart = engine.chartState(flow, MONDAY.plusWeeks(8));
        assertThat(chart.statistic()).isGreaterThanOrEqualTo(RiskEngineConfig.defaults().threshold(WarningLevel.ORANGE));
        assertThat(chart.inspected()).isGreaterThan(100);
        assertThat(engine.chartState(new Cell(CellKind.HEADING_ORIGIN, "9999", "US", null, null), MONDAY))
                .isEqualTo(new ChartState(0, 0, 0, 0, 0));
        Warning warning = engine.warning(flow).orElseThrow();
        assertThat(warning.level()).isGreaterThanOrEqualTo(WarningLevel.ORANGE);
        assertThat(warning.confirmed()).isTrue();
        assertThat(warning.evidenceLotIds()).containsAll(failedIds);

        List<Lot> nextWeek = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            nextWeek.add(aLot().withId("N" + i).on(MONDAY.plusWeeks(9)).withConsignee("C" + i).build());
        }
        nextWeek.add(aLot().withId("OTHER").on(MONDAY.plusWeeks(9)).withHs("1006300000").from("TH").build());
        InspectionPlan plan = engine.plan(nextWeek, Capacity.count(40), 1);
        assertThat(plan.decisions()).filteredOn(d -> d.lot().hsHeading().equals("0802"))
                .allSatisfy(d -> assertThat(d.inspect()).isTrue());
        assertThat(plan.decisions()).filteredOn(d -> d.reason() == SelectionReason.MANDATORY_WARNING).hasSizeGreaterThan(20);
    }

    @Test
    void shouldFlagTheFirstImportOfAProductFromAnOriginByAConsignee() {
        RiskEngine engine = RiskEngine.create(RiskEngineConfig.defaults());
        Lot first = aLot().withId("F1").withConsignee("C9").build();
        assertThat(engine.score(first).factors()).anySatisfy(f -> assertThat(f.factor()).isEqualTo("FIRST_IMPORT"));
        engine.plan(List.of(first), Capacity.count(0), 1);
        Lot second = aLot().withId("F2").withConsignee("C9").on(MONDAY.plusDays(1)).build();
        assertThat(engine.score(second).factors()).noneSatisfy(f -> assertThat(f.factor()).isEqualTo("FIRST_IMPORT"));
    }

    @Test
    void shouldEstimateTheBaseRateFromExplorationLotsOnly() {
        RiskEngine engine = RiskEngine.create(RiskEngineConfig.defaults().withExplorationShare(0.5));
        run(engine, 20, 2);
        BaseRateEstimate estimate = engine.baseRateEstimate();
        // the world: 1 consignee of 8 always fails, the others 3 % → 0.125 + 0.875 × 0.03 ≈ 0.151
        assertThat(estimate.sampled()).isGreaterThan(300);
        assertThat(estimate.ciLow()).isLessThan(0.151);
        assertThat(estimate.ciHigh()).isGreaterThan(0.151);
    }

    @Test
    void shouldSendABusyFlowNobodyHasInspectedLatelyToSurveillance() {
        RiskEngine engine = RiskEngine.create(RiskEngineConfig.defaults().withSurveillanceDays(14)
                .withSurveillanceShare(0.5).withExplorationShare(0.0));
        // a flow inspected every week, and a quiet one nobody has looked at
        List<Lot> lots = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lots.add(aLot().withId("R" + i).withHs("0802110000").from("US").withConsignee("C-RISKY").build());
        }
        for (int i = 0; i < 5; i++) {
            lots.add(aLot().withId("Q" + i).withHs("1006300000").from("TH").withConsignee("C-QUIET" + i).build());
        }
        for (int w = 0; w < 4; w++) {
            for (Lot lot : lots.subList(0, 10)) {
                Lot past = aLot().withId(lot.lotId() + "-" + w).on(MONDAY.minusWeeks(4 - w)).withHs(lot.hsCode())
                        .from(lot.origin()).withConsignee(lot.consignee()).build();
                engine.record(past, InspectionResult.passed(past.lotId(), past.declaredAt()));
            }
        }

        InspectionPlan plan = engine.plan(lots, Capacity.count(10), 1);

        assertThat(plan.decisions()).filteredOn(d -> d.reason() == SelectionReason.SURVEILLANCE)
                .extracting(d -> d.lot().hsHeading()).contains("1006");
        assertThat(plan.decisions()).filteredOn(d -> d.reason() == SelectionReason.RISK)
                .allSatisfy(d -> assertThat(d.lot().consignee()).isEqualTo("C-RISKY"));
    }

    @Test
    void shouldFollowUpAYellowWarningOnAShareOfTheCellsLots() {
        RiskEngine engine = RiskEngine.create(RiskEngineConfig.defaults().withFollowUpShares(new double[] {0.5, 1.0})
                .withExplorationShare(0.0));
        for (int i = 0; i < 40; i++) {
            Lot lot = aLot().withId("B" + i).on(MONDAY.minusDays(60 - i)).withConsignee("C" + (i % 10)).build();
            engine.record(lot, InspectionResult.passed(lot.lotId(), lot.declaredAt()));
        }
        for (int i = 0; i < 5; i++) {
            Lot lot = aLot().withId("F" + i).on(MONDAY.minusDays(3)).withConsignee("C" + i).build();
            engine.record(lot, InspectionResult.failed(lot.lotId(), lot.declaredAt(), Hazard.MICROBIOLOGICAL));
        }
        Cell flow = new Cell(CellKind.HEADING_ORIGIN, "0802", "US", null, null);
        assertThat(engine.warning(flow).orElseThrow().level()).isEqualTo(WarningLevel.YELLOW);

        List<Lot> week = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            week.add(aLot().withId("N" + i).withConsignee("C" + (i % 10)).build());
            week.add(aLot().withId("O" + i).withHs("1006300000").from("TH").withConsignee("D" + i).build());
        }
        InspectionPlan plan = engine.plan(week, Capacity.count(30), 1);

        assertThat(plan.decisions()).filteredOn(d -> d.lot().hsHeading().equals("0802"))
                .allSatisfy(d -> assertThat(d.reason()).isEqualTo(SelectionReason.WARNING_FOLLOW_UP));
    }

    @Test
    void shouldFollowUpAShareOfACellThatGrowsWithItsBurstEvidenceAndCoversItAllAtTheFullLevel() {
        assertThat(RiskEngine.burstFollowUps(0.0, 4.0, 20)).isZero();
        assertThat(RiskEngine.burstFollowUps(4.0 - Math.log(10), 4.0, 20)).isEqualTo(2); // a tenth of 20
        assertThat(RiskEngine.burstFollowUps(4.0 - Math.log(10), 4.0, 3)).isZero();    // 0.3 lots rounds to none
        assertThat(RiskEngine.burstFollowUps(4.0, 4.0, 20)).isEqualTo(20);
        assertThat(RiskEngine.burstFollowUps(6.0, 4.0, 20)).isEqualTo(20);
    }

    @Test
    void shouldFollowUpEveryLotOfAQuietFlowAfterABurstOfSurprisingFailures() {
        RiskEngine engine = RiskEngine.create(RiskEngineConfig.defaults().withBurstFollowUp(10.0, 4.0)
                .withExplorationShare(0.0));
        for (int i = 0; i < 40; i++) {
            Lot lot = aLot().withId("B" + i).on(MONDAY.minusDays(60 - i)).withConsignee("C" + (i % 10)).build();
            engine.record(lot, InspectionResult.passed(lot.lotId(), lot.declaredAt()));
        }
        for (int i = 0; i < 3; i++) {
            Lot lot = aLot().withId("F" + i).on(MONDAY.minusDays(3)).withConsignee("C" + i).build();
            engine.record(lot, InspectionResult.failed(lot.lotId(), lot.declaredAt(), Hazard.MICROBIOLOGICAL));
        }
        List<Lot> week = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            week.add(aLot().withId("N" + i).withConsignee("C" + (i % 10)).build());
            week.add(aLot().withId("O" + i).withHs("1006300000").from("TH").withConsignee("D" + i).build());
        }
        InspectionPlan plan = engine.plan(week, Capacity.count(30), 1);

        assertThat(plan.decisions()).filteredOn(d -> d.lot().hsHeading().equals("0802"))
                .allSatisfy(d -> assertThat(d.reason()).isEqualTo(SelectionReason.WARNING_FOLLOW_UP));
        assertThat(plan.decisions()).filteredOn(d -> d.lot().hsHeading().equals("1006"))
                .noneMatch(d -> d.reason() == SelectionReason.WARNING_FOLLOW_UP);
    }

    @Test
    void shouldNotFollowUpWhenTheBurstChartIsOff() {
        RiskEngine engine = RiskEngine.create(RiskEngineConfig.defaults().withBurstFollowUp(0.0, 4.0)
                .withExplorationShare(0.0));
        for (int i = 0; i < 3; i++) {
            Lot lot = aLot().withId("F" + i).on(MONDAY.minusDays(3)).withConsignee("C" + i).build();
            engine.record(lot, InspectionResult.failed(lot.lotId(), lot.declaredAt(), Hazard.MICROBIOLOGICAL));
        }
        List<Lot> week = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            week.add(aLot().withId("N" + i).withConsignee("C" + (i % 10)).build());
        }
        assertThat(engine.plan(week, Capacity.count(5), 1).decisions())
                .noneMatch(d -> d.reason() == SelectionReason.WARNING_FOLLOW_UP);
    }
}
