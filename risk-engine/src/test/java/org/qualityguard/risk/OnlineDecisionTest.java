package org.qualityguard.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityguard.risk.DrawKeys.aKey;
import static org.qualityguard.risk.LotBuilder.aLot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OnlineDecisionTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

    /** A small busy world: 40 consignees over 6 headings and 5 origins, one consignee × heading failing often. */
    private static List<Lot> lots(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] headings = {"0802", "0803", "1604", "2008", "0306", "2106"};
        String[] origins = {"US", "VN", "TH", "CL", "NZ"};
        List<Lot> lots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lots.add(aLot().withId("L" + seed + "-" + i).on(MONDAY.plusDays(i / 200))
                    .withHs(headings[random.nextInt(headings.length)] + "110000")
                    .from(origins[random.nextInt(origins.length)])
                    .withConsignee("C" + random.nextInt(40)).madeBy("M" + random.nextInt(25)).build());
        }
        return lots;
    }

    private static boolean fails(Lot lot, SplittableRandom random) {
        double rate = lot.consignee().equals("C7") && lot.hsHeading().equals("1604") ? 0.6 : 0.04;
        return random.nextDouble() < rate;
    }

    @Test
    void theSameStateLotAndSeedGiveTheSameDecisionAndDecidingAloneChangesNothingLearnt() {
        RiskEngine engine = RiskEngine.create(RiskEngineConfig.defaults());
        Lot lot = aLot().withId("ONE").on(MONDAY).build();
        EngineSnapshot before = engine.snapshot(MONDAY);

        LotDecision first = engine.decide(lot, 0.10, aKey(42));
        LotDecision again = engine.decide(lot, 0.10, aKey(42));

        assertThat(again.reason()).isEqualTo(first.reason());
        assertThat(again.priority()).isEqualTo(first.priority());
        assertThat(again.explorationDraw()).isEqualTo(first.explorationDraw());
        assertThat(engine.snapshot(MONDAY).differences(before, 0)).isEmpty();

        engine.accept(first);
        assertThat(engine.snapshot(MONDAY).cells()).containsKey("consignee C-ACME");
    }

    @Test
    void aNewBureauInspectsItsFirstLotsThenSettlesNearItsCapacity() {
        RiskEngine engine = RiskEngine.create(RiskEngineConfig.defaults());
        SplittableRandom outcomes = new SplittableRandom(5);
        int selectedAfterWarmUp = 0;
        int decidedAfterWarmUp = 0;
        List<Lot> lots = lots(6000, 1);
        for (int i = 0; i < lots.size(); i++) {
            LotDecision d = engine.decide(lots.get(i), 0.10, aKey(7));
            engine.accept(d);
            if (i < 20) {
                assertThat(d.inspect()).as("lot %d of a new bureau", i).isTrue();
            } else if (i >= 3000) {
                decidedAfterWarmUp++;
                selectedAfterWarmUp += d.inspect() ? 1 : 0;
            }
            if (d.inspect()) {
                Lot lot = lots.get(i);
                engine.record(lot, fails(lot, outcomes) ? InspectionResult.failed(lot.lotId(), lot.declaredAt(),
                        Hazard.MICROBIOLOGICAL) : InspectionResult.passed(lot.lotId(), lot.declaredAt()), d.basis());
            }
        }
        assertThat((double) selectedAfterWarmUp / decidedAfterWarmUp).isBetween(0.08, 0.13);
    }

    @Test
    void everyLotHasTheSameChanceOfTheExplorationDrawAndCarriesItsInverseAsWeight() {
        RiskEngine engine = RiskEngine.create(RiskEngineConfig.defaults());
        int explored = 0;
        for (Lot lot : lots(20_000, 2)) {
            LotDecision d = engine.decide(lot, 0.10, aKey(11));
            assertThat(d.explorationShare()).isEqualTo(0.01, org.assertj.core.data.Offset.offset(1e-12));
            if (d.reason() == SelectionReason.EXPLORATION) {
                explored++;
                assertThat(d.basis().explorationWeight()).isEqualTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
            } else {
                assertThat(d.basis().explorationWeight()).isZero();
            }
        }
        assertThat(explored).isBetween(160, 240); // 200 expected, ±4.2 standard deviations
    }

    @Test
    void aBadStreamRisesAboveItsBureausThreshold() {
        RiskEngine engine = RiskEngine.create(RiskEngineConfig.defaults());
        SplittableRandom outcomes = new SplittableRandom(9);
        int badSelected = 0;
        int bad = 0;
        List<Lot> lots = lots(12_000, 3);
        for (int i = 0; i < lots.size(); i++) {
            Lot lot = lots.get(i);
            if (i % 2000 == 0) {
                engine.refresh(lot.declaredAt());
            }
            LotDecision d = engine.decide(lot, 0.10, aKey(13));
            engine.accept(d);
            boolean badStream = lot.consignee().equals("C7") && lot.hsHeading().equals("1604");
            if (i >= 8000 && badStream) {
                bad++;
                badSelected += d.inspect() ? 1 : 0;
            }
            if (d.inspect()) {
                engine.record(lot, fails(lot, outcomes) ? InspectionResult.failed(lot.lotId(), lot.declaredAt(),
                        Hazard.MICROBIOLOGICAL) : InspectionResult.passed(lot.lotId(), lot.declaredAt()), d.basis());
            }
        }
        assertThat(bad).isPositive();
        assertThat((double) badSelected / bad).as("share of the bad stream inspected").isGreaterThan(0.5);
    }

    @Test
    void anEngineRebuiltFromStoredDecisionsAndResultsEqualsTheOneThatLivedThem() {
        RiskEngine live = RiskEngine.create(RiskEngineConfig.defaults());
        SplittableRandom outcomes = new SplittableRandom(21);
        List<Lot> lots = lots(4000, 4);
        List<Object[]> journal = new ArrayList<>(); // {lot, result, basis} or {date} for a refit
        java.util.Map<String, Integer> flows = new java.util.TreeMap<>();
        for (int i = 0; i < lots.size(); i++) {
            Lot lot = lots.get(i);
            if (i % 1000 == 999) {
                live.refresh(lot.declaredAt());
                journal.add(new Object[] {lot.declaredAt()});
            }
            LotDecision d = live.decide(lot, 0.10, aKey(3));
            live.accept(d);
            flows.merge(lot.consignee() + "|" + lot.hsSubheading() + "|" + lot.origin(), 1, Integer::sum);
            if (d.inspect()) {
                InspectionResult r = fails(lot, outcomes) ? InspectionResult.failed(lot.lotId(), lot.declaredAt(),
                        Hazard.ADDITIVE) : InspectionResult.passed(lot.lotId(), lot.declaredAt());
                live.record(lot, r, d.basis());
                journal.add(new Object[] {lot, r, d.basis()});
            }
        }

        RiskEngine rebuilt = RiskEngine.create(RiskEngineConfig.defaults());
        flows.forEach((flow, n) -> {
            String[] f = flow.split("\\|");
            rebuilt.restoreDeclarations(f[0], f[1], f[2], n);
        });
        for (Object[] entry : journal) {
            if (entry.length == 1) {
                rebuilt.refresh((LocalDate) entry[0]);
            } else {
                rebuilt.record((Lot) entry[0], (InspectionResult) entry[1], (DecisionBasis) entry[2]);
            }
        }

        LocalDate end = lots.get(lots.size() - 1).declaredAt();
        assertThat(rebuilt.snapshot(end).differences(live.snapshot(end), 1e-9)).isEmpty();
        assertThat(live.snapshot(end).resultsLearnt()).isGreaterThan(300);
    }

    @Test
    void likelyHazardsAreTheChaptersMostFrequentFindings() {
        RiskEngine engine = RiskEngine.create(RiskEngineConfig.defaults());
        Hazard[] found = {Hazard.PESTICIDE_RESIDUE, Hazard.PESTICIDE_RESIDUE, Hazard.PESTICIDE_RESIDUE,
            Hazard.MICROBIOLOGICAL, Hazard.LABELLING, Hazard.LABELLING};
        for (int i = 0; i < found.length; i++) {
            Lot lot = aLot().withId("H" + i).withHs("0802120000").build();
            engine.record(lot, InspectionResult.failed(lot.lotId(), MONDAY, found[i]),
                    engine.decide(lot, 0.1, aKey(1)).basis());
        }
        assertThat(engine.likelyHazards(aLot().withHs("0801310000").build(), 2))
                .containsExactly(Hazard.PESTICIDE_RESIDUE, Hazard.LABELLING);
        assertThat(engine.likelyHazards(aLot().withHs("1604140000").build(), 2)).isEmpty();
    }
}
