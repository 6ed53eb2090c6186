package org.qualityguard.benchmarks;

import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import org.qualityguard.risk.Direction;
import org.qualityguard.risk.Hazard;
import org.qualityguard.risk.InspectionResult;
import org.qualityguard.risk.Lot;
import org.qualityguard.risk.RiskEngine;
import org.qualityguard.risk.RiskEngineConfig;

/**
 * A deterministic population of lots with outcomes, big enough that the engine's history holds more than a million
 * cells: 160,000 consignees and 200,000 manufacturers over 2,400 HS codes and 40 origins, and 450,000 inspected lots.
 */
final class BenchmarkWorld {

    static final int HISTORY_LOTS = 450_000;
    static final LocalDate START = LocalDate.of(2024, 1, 1);
    static final int DAYS = 720;
    private static final String[] ORIGINS = {"US", "BR", "AU", "NZ", "TH", "VN", "MY", "ID", "JP", "KR", "DE", "FR",
        "NL", "IT", "ES", "CA", "AR", "CL", "PE", "RU", "IN", "PK", "ZA", "EG", "MX", "UA", "PL", "BE", "DK", "IE",
        "GB", "PH", "MM", "LA", "KH", "TR", "IR", "SA", "KZ", "UY"};

    final Lot[] history = new Lot[HISTORY_LOTS];
    final boolean[] failed = new boolean[HISTORY_LOTS];

    BenchmarkWorld() {
        SplittableRandom r = new SplittableRandom(2026);
        for (int i = 0; i < HISTORY_LOTS; i++) {
            history[i] = lot(r, "H" + i, START.plusDays((long) i * DAYS / HISTORY_LOTS));
            failed[i] = r.nextDouble() < 0.06;
        }
    }

    /** Lots drawn from the same population, declared after the history. */
    Lot[] fresh(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Lot[] lots = new Lot[count];
        for (int i = 0; i < count; i++) {
            lots[i] = lot(r, "N" + seed + "-" + i, START.plusDays(DAYS + r.nextInt(7)));
        }
        return lots;
    }

    private static Lot lot(SplittableRandom r, String id, LocalDate date) {
        int code = r.nextInt(2400);
        String hs = String.format(Locale.ROOT, "%02d%02d%02d%04d", 1 + code % 60, code / 60 % 40, code % 7, code);
        return new Lot(id, date, "CIQ-NJ", Direction.IMPORT, hs, ORIGINS[r.nextInt(ORIGINS.length)],
                "C" + r.nextInt(160_000), "M" + r.nextInt(200_000), 100, 1000);
    }

    /** An engine that has seen the whole history, refreshed as on the morning after. */
    RiskEngine warmEngine() {
        RiskEngine engine = RiskEngine.create(RiskEngineConfig.defaults());
        for (int i = 0; i < HISTORY_LOTS; i++) {
            Lot lot = history[i];
            engine.record(lot, failed[i] ? InspectionResult.failed(lot.lotId(), lot.declaredAt(), Hazard.QUALITY)
                    : InspectionResult.passed(lot.lotId(), lot.declaredAt()));
        }
        engine.refresh(START.plusDays(DAYS));
        return engine;
    }
}
