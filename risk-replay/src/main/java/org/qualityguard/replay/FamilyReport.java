package org.qualityguard.replay;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * {@code risk-replay family}: generates every chosen member of {@link WorldFamily}, replays it at the given capacity
 * (weekly periods) and prints one row per member with every target of the issue, then the mean and the worst over
 * the held-out members. Writes {@code <member>.json} (the replay's report), {@code <member>.txt} (its console
 * summary) and {@code family.json} (the rows) into the output folder.
 */
final class FamilyReport {

    /** One member's figures. {@code medianDelay} counts a detectable event never warned as never (null). */
    record Row(String member, WorldFamily.Role role, long lots, double baseRate, double oracle, double engine,
               double plain, double risky, double statics, double ciLow, double ciHigh, double falsePerMonth,
               int events, int detectable, int detectableWarned28, Double medianDelay) {

        double timesBase() {
            return engine / baseRate;
        }

        double ofOracle() {
            return engine / oracle;
        }

        boolean covers() {
            return ciLow <= baseRate && baseRate <= ciHigh;
        }

        double detectedShare() {
            return detectable == 0 ? 1.0 : (double) detectableWarned28 / detectable;
        }
    }

    private FamilyReport() {
    }

    static List<Row> run(List<WorldFamily.Member> members, Path dir, double capacity, long seed, boolean reuse,
                         PrintStream out) throws IOException, MalformedFileException {
        Files.createDirectories(dir);
        List<Row> rows = new ArrayList<>();
        for (WorldFamily.Member m : members) {
            long t0 = System.nanoTime();
            Path lotsFile = dir.resolve(m.name() + ".csv");
            if (!(reuse && Files.exists(lotsFile) && Files.exists(TruthFile.besides(lotsFile)))) {
                new WorldGenerator(m.shape(), LocalDate.of(2024, 1, 1)).write(lotsFile);
            }
            List<LabelledLot> lots = LotFile.read(lotsFile);
            Replay replay = new Replay(lots, EventsFile.read(TruthFile.sibling(lotsFile, ".events.csv")),
                    TruthFile.read(TruthFile.besides(lotsFile)), new Replay.Options(capacity, 7, seed));
            replay.run();
            Map<String, Object> report = replay.report();
            Files.writeString(dir.resolve(m.name() + ".json"), Json.write(report), StandardCharsets.UTF_8);
            try (PrintStream txt = new PrintStream(Files.newOutputStream(dir.resolve(m.name() + ".txt")), true,
                    StandardCharsets.UTF_8)) {
                RiskReplay.summarise(txt, replay, report, 0, true);
            }
            Row row = row(m, replay, report);
            rows.add(row);
            out.printf(Locale.ROOT, "%s done in %.0f s%n", m.name(), (System.nanoTime() - t0) / 1e9);
            printEvents(out, replay);
        }
        print(out, rows);
        Files.writeString(dir.resolve("family.json"), Json.write(rowsAsJson(rows)), StandardCharsets.UTF_8);
        return rows;
    }

    @SuppressWarnings("unchecked")
    static Row row(WorldFamily.Member m, Replay replay, Map<String, Object> report) {
        Map<String, Object> s = (Map<String, Object>) report.get("strategies");
        ToDoubleFunction<String> precision = k -> (double) ((Map<String, Object>) s.get(k)).get("precision");
        Map<String, Object> est = (Map<String, Object>) report.get("base_rate_estimate");
        List<Object> events = (List<Object>) report.get("events");
        int detectable = 0;
        int warned = 0;
        for (Object o : events) {
            Map<String, Object> e = (Map<String, Object>) o;
            detectable += (Boolean) e.get("detectable") ? 1 : 0;
            warned += (Boolean) e.get("detectable") && (Boolean) e.get("warned_within_28_days") ? 1 : 0;
        }
        Double median = medianDelay(events);
        return new Row(m.name(), m.role(), replay.lotCount(), replay.baseRate(), precision.applyAsDouble("oracle"),
                precision.applyAsDouble("engine"), precision.applyAsDouble("plain"), precision.applyAsDouble("risky"),
                precision.applyAsDouble("static"), (double) est.get("ci_low"), (double) est.get("ci_high"),
                (double) report.get("false_warnings_per_month"), replay.eventResults.size(), detectable, warned, median);
    }

    /**
     * The median delay (days) over the report's detectable events, an event not warned within 28 days counting as
     * never: null when that median is a miss or there is no detectable event.
     */
    @SuppressWarnings("unchecked")
    static Double medianDelay(List<Object> events) {
        List<Double> delays = new ArrayList<>();
        for (Object o : events) {
            Map<String, Object> e = (Map<String, Object>) o;
            if ((Boolean) e.get("detectable")) {
                delays.add((Boolean) e.get("warned_within_28_days") ? ((Number) e.get("delay_days")).doubleValue()
                        : Double.POSITIVE_INFINITY);
            }
        }
        if (delays.isEmpty()) {
            return null;
        }
        delays.sort(null);
        int n = delays.size();
        double v = n % 2 == 1 ? delays.get(n / 2) : (delays.get(n / 2 - 1) + delays.get(n / 2)) / 2;
        return Double.isInfinite(v) ? null : v;
    }

    private static void printEvents(PrintStream out, Replay replay) {
        for (Replay.EventResult r : replay.eventResults) {
            Replay.EvidenceBound b = replay.evidenceBoundOf(r.event());
            out.printf(Locale.ROOT, "  event %s onset %s: bound %.1f nats at 14 d (%d/%d failed, before %.3f) %s;"
                            + " warned %s%n", RiskReplay.describe(r.event()), r.event().onset(), b.nats14(),
                    b.failed14(), b.lots14(), b.rateBefore(),
                    b.nats14() >= Replay.orangeThreshold() ? "detectable" : "below orange, not counted",
                    r.delayDays() == null ? "never" : "after " + r.delayDays() + " d (" + r.level() + ")");
        }
    }

    private static final String HEADER = String.format(Locale.ROOT,
            "%-14s %-8s %7s %6s %6s %6s %5s %6s %6s %6s %6s %-17s %5s %7s %6s",
            "member", "role", "lots", "base", "oracle", "engine", "×base", "%orac", "plain", "risky", "static",
            "base-rate 95% CI", "F/mo", "det≤28d", "median");

    static void print(PrintStream out, List<Row> rows) {
        out.println(HEADER);
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%-14s %-8s %7d %6.4f %6.4f %6.4f %5.2f %5.1f%% %6.4f %6.4f %6.4f [%.4f,%.4f]%s %5.2f %3d of %-2d %6s%n",
                    r.member(), r.role() == WorldFamily.Role.TUNING ? "tuning" : "held-out", r.lots(), r.baseRate(),
                    r.oracle(), r.engine(), r.timesBase(), 100 * r.ofOracle(), r.plain(), r.risky(), r.statics(),
                    r.ciLow(), r.ciHigh(), r.covers() ? "✓" : "✗", r.falsePerMonth(), r.detectableWarned28(),
                    r.detectable(), r.medianDelay() == null ? (r.detectable() == 0 ? "–" : "never")
                            : String.format(Locale.ROOT, "%.0f d", r.medianDelay()));
        }
        List<Row> held = rows.stream().filter(r -> r.role() == WorldFamily.Role.HELD_OUT).toList();
        if (held.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "held-out (%d members)  %-12s %-12s %-9s %-8s %-8s %-8s %-7s %-9s%n", held.size(),
                "engine", "×base", "%oracle", "÷plain", "covers", "F/mo", "det≤28d", "median (mean row: pooled)");
        out.printf(Locale.ROOT, "  mean                 %-12.4f %-12.2f %-9.1f %-8.3f %-8s %-8.2f %-7.2f %-9s%n",
                mean(held, Row::engine), mean(held, Row::timesBase), 100 * mean(held, Row::ofOracle),
                mean(held, r -> r.engine() / r.plain()), held.stream().filter(Row::covers).count() + " of " + held.size(),
                mean(held, Row::falsePerMonth), mean(held, Row::detectedShare),
                held.stream().mapToInt(Row::detectableWarned28).sum() + " of "
                        + held.stream().mapToInt(Row::detectable).sum() + " pooled");
        Row worstDelay = held.stream().max((a, b) -> Double.compare(delayOrNever(a), delayOrNever(b))).orElseThrow();
        out.printf(Locale.ROOT, "  worst                %-12.4f %-12.2f %-9.1f %-8.3f %-8s %-8.2f %-7.2f %-9s%n",
                min(held, Row::engine), min(held, Row::timesBase), 100 * min(held, Row::ofOracle),
                min(held, r -> r.engine() / r.plain()), held.stream().allMatch(Row::covers) ? "all" : "not all",
                -min(held, r -> -r.falsePerMonth()), min(held, Row::detectedShare),
                worstDelay.medianDelay() == null ? (worstDelay.detectable() == 0 ? "–" : "never")
                        : String.format(Locale.ROOT, "%.0f d", worstDelay.medianDelay()));
    }

    private static double delayOrNever(Row r) {
        return r.detectable() == 0 ? -1 : r.medianDelay() == null ? Double.POSITIVE_INFINITY : r.medianDelay();
    }

    private static double mean(List<Row> rows, ToDoubleFunction<Row> f) {
        return rows.stream().mapToDouble(f).average().orElse(Double.NaN);
    }

    private static double min(List<Row> rows, ToDoubleFunction<Row> f) {
        return rows.stream().mapToDouble(f).min().orElse(Double.NaN);
    }

    private static List<Object> rowsAsJson(List<Row> rows) {
        List<Object> out = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("member", r.member());
            m.put("role", r.role().name());
            m.put("lots", r.lots());
            m.put("base_rate", r.baseRate());
            m.put("oracle", r.oracle());
            m.put("engine", r.engine());
            m.put("times_base", r.timesBase());
            m.put("of_oracle", r.ofOracle());
            m.put("plain", r.plain());
            m.put("risky", r.risky());
            m.put("static", r.statics());
            m.put("ci_low", r.ciLow());
            m.put("ci_high", r.ciHigh());
            m.put("ci_covers", r.covers());
            m.put("false_warnings_per_month", r.falsePerMonth());
            m.put("events", r.events());
            m.put("detectable", r.detectable());
            m.put("detectable_warned_within_28_days", r.detectableWarned28());
            m.put("median_delay_days", r.medianDelay());
            out.add(m);
        }
        return out;
    }
}
