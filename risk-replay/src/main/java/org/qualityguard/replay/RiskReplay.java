package org.qualityguard.replay;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qualityguard.risk.CalibrationBin;
import org.qualityguard.risk.ExternalSignal;

/**
 * The command line.
 * <pre>
 * risk-replay generate --lots 1000000 --weeks 104 --seed 1 --out world.csv [--start 2024-01-01]
 * risk-replay generate --member held-check --out world.csv
 * risk-replay replay --lots world.csv --capacity 0.10 --period-days 7 [--events world.events.csv] [--seed 1]
 *                    [--truth world.truth.csv] [--signals world.signals.csv] --json result.json
 * </pre>
 * Exit status: 0 done, 2 usage error, 3 malformed input (refused).
 */
public final class RiskReplay {

    private RiskReplay() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(usage());
            return 2;
        }
        try {
            Map<String, String> opts = options(args);
            return switch (args[0]) {
                case "generate" -> generate(opts, out);
                case "replay" -> replay(opts, out);
                case "family" -> family(opts, out);
                default -> {
                    err.println("unknown command " + args[0] + "\n" + usage());
                    yield 2;
                }
            };
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n" + usage());
            return 2;
        } catch (MalformedFileException e) {
            err.println(e.getMessage());
            return 3;
        } catch (IOException e) {
            err.println("I/O error: " + e.getMessage());
            return 3;
        }
    }

    private static String usage() {
        return """
                usage:
                  risk-replay generate --lots N --weeks W --seed S --out world.csv [--start yyyy-MM-dd]
                  risk-replay generate --member NAME --out world.csv    (a member of the fixed world family)
                  risk-replay replay --lots world.csv --capacity 0.10 --period-days 7 [--events E] [--seed N]
                                     [--truth T] [--signals S] --json OUT
                  risk-replay family --out DIR [--members a,b | --role tuning|held-out] [--capacity 0.10] [--seed 1]
                                     [--reuse true]   (members: tune-classic ... held-short; --list true lists them)""";
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            m.put(args[i].substring(2), args[++i]);
        }
        return m;
    }

    private static String required(Map<String, String> opts, String name) {
        String v = opts.get(name);
        if (v == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return v;
    }

    private static int generate(Map<String, String> opts, PrintStream out) throws IOException {
        WorldShape shape;
        if (opts.containsKey("member")) {
            shape = WorldFamily.member(opts.get("member")).map(WorldFamily.Member::shape).orElseThrow(
                    () -> new IllegalArgumentException("no family member " + opts.get("member")));
        } else {
            shape = WorldShape.legacy(Long.parseLong(required(opts, "lots")),
                    Integer.parseInt(opts.getOrDefault("weeks", "104")), Long.parseLong(opts.getOrDefault("seed", "1")));
        }
        LocalDate start = LocalDate.parse(opts.getOrDefault("start", "2024-01-01"));
        Path file = Path.of(required(opts, "out"));
        long t0 = System.nanoTime();
        WorldGenerator.Summary s = new WorldGenerator(shape, start).write(file);
        out.printf(Locale.ROOT, "wrote %,d lots (%,d failed, %.2f %%), %d events in %.1f s%n  %s%n  %s%n  %s%n  %s%n",
                s.lots(), s.failures(), 100.0 * s.failures() / s.lots(), s.events(), (System.nanoTime() - t0) / 1e9,
                s.lotsFile(), s.eventsFile(), s.truthFile(), s.signalsFile());
        return 0;
    }

    private static int replay(Map<String, String> opts, PrintStream out) throws IOException, MalformedFileException {
        Path lotsFile = Path.of(required(opts, "lots"));
        double capacity = Double.parseDouble(opts.getOrDefault("capacity", "0.10"));
        int periodDays = Integer.parseInt(opts.getOrDefault("period-days", "7"));
        long seed = Long.parseLong(opts.getOrDefault("seed", "1"));
        Path json = Path.of(required(opts, "json"));
        if (!(capacity > 0 && capacity <= 1) || periodDays < 1) {
            throw new IllegalArgumentException("--capacity must be in (0, 1] and --period-days at least 1");
        }
        long t0 = System.nanoTime();
        List<LabelledLot> lots = LotFile.read(lotsFile);
        List<EmergingEvent> events = opts.containsKey("events") ? EventsFile.read(Path.of(opts.get("events"))) : List.of();
        Path truthFile = opts.containsKey("truth") ? Path.of(opts.get("truth")) : TruthFile.besides(lotsFile);
        Map<String, Double> truth = Files.exists(truthFile) ? TruthFile.read(truthFile) : null;
        double readSeconds = (System.nanoTime() - t0) / 1e9;
        List<ExternalSignal> signals = opts.containsKey("signals") ? SignalsFile.read(Path.of(opts.get("signals")))
                : List.of();
        Replay replay = new Replay(lots, events, truth, new Replay.Options(capacity, periodDays, seed))
                .withSignals(signals);
        replay.run();
        Map<String, Object> report = replay.report();
        Files.writeString(json, Json.write(report), StandardCharsets.UTF_8);
        summarise(out, replay, report, readSeconds, truth != null);
        return 0;
    }

    private static int family(Map<String, String> opts, PrintStream out) throws IOException, MalformedFileException {
        if (Boolean.parseBoolean(opts.getOrDefault("list", "false"))) {
            for (WorldFamily.Member m : WorldFamily.MEMBERS) {
                WorldShape s = m.shape();
                out.printf(Locale.ROOT, "%-14s %-8s %,9d lots %3d weeks seed %d: %s%n", m.name(),
                        m.role() == WorldFamily.Role.TUNING ? "tuning" : "held-out", s.lots(), s.weeks(), s.seed(),
                        m.shapeInWords());
            }
            return 0;
        }
        List<WorldFamily.Member> members = WorldFamily.MEMBERS;
        if (opts.containsKey("members")) {
            members = java.util.Arrays.stream(opts.get("members").split(",")).map(n -> WorldFamily.member(n.trim())
                    .orElseThrow(() -> new IllegalArgumentException("no family member " + n))).toList();
        } else if (opts.containsKey("role")) {
            WorldFamily.Role role = switch (opts.get("role")) {
                case "tuning" -> WorldFamily.Role.TUNING;
                case "held-out" -> WorldFamily.Role.HELD_OUT;
                default -> throw new IllegalArgumentException("--role is tuning or held-out");
            };
            members = members.stream().filter(m -> m.role() == role).toList();
        }
        double capacity = Double.parseDouble(opts.getOrDefault("capacity", "0.10"));
        if (!(capacity > 0 && capacity <= 1)) {
            throw new IllegalArgumentException("--capacity must be in (0, 1]");
        }
        FamilyReport.run(members, Path.of(required(opts, "out")), capacity,
                Long.parseLong(opts.getOrDefault("seed", "1")), Boolean.parseBoolean(opts.getOrDefault("reuse", "false")),
                out);
        return 0;
    }

    @SuppressWarnings("unchecked")
    static void summarise(PrintStream out, Replay replay, Map<String, Object> report, double readSeconds,
                                  boolean truth) {
        out.printf(Locale.ROOT, "%,d lots in %d periods, %,d failed (base rate %.4f); read in %.1f s, engine %.1f s%n",
                replay.lotCount(), replay.periodCount(), replay.failures(), replay.baseRate(), readSeconds,
                replay.engineSeconds);
        Map<String, Object> strategies = (Map<String, Object>) report.get("strategies");
        out.printf(Locale.ROOT, "%-8s %10s %8s %10s %8s %7s%n", "strategy", "inspected", "hits", "precision", "recall",
                "uplift");
        for (Map.Entry<String, Object> e : strategies.entrySet()) {
            Map<String, Object> m = (Map<String, Object>) e.getValue();
            out.printf(Locale.ROOT, "%-8s %10d %8d %10.4f %8.4f %7.2f%n", e.getKey(), m.get("inspected"), m.get("hits"),
                    m.get("precision"), m.get("recall"), m.get("uplift"));
        }
        if (truth) {
            double engine = (double) ((Map<String, Object>) strategies.get("engine")).get("precision");
            double oracle = (double) ((Map<String, Object>) strategies.get("oracle")).get("precision");
            out.printf(Locale.ROOT, "engine / oracle precision: %.3f%n", engine / oracle);
        }
        replay.byReason.forEach((reason, rh) -> out.printf(Locale.ROOT, "  engine by reason %-18s %7d lots, %6d hits (%.3f)%n",
                reason, rh[0], rh[1], (double) rh[1] / rh[0]));
        Map<String, Object> est = (Map<String, Object>) report.get("base_rate_estimate");
        out.printf(Locale.ROOT, "base rate estimate %.4f [%.4f, %.4f] from %d exploration lots; true %.4f%n",
                est.get("value"), est.get("ci_low"), est.get("ci_high"), replay.engine.baseRateEstimate().sampled(),
                replay.baseRate());
        for (Replay.EventResult r : replay.eventResults) {
            out.printf(Locale.ROOT, "event %s onset %s end %s: first orange+ %s, delay %s d, level %s%n",
                    describe(r.event()), r.event().onset(), r.event().end(), r.firstWarning(), r.delayDays(), r.level());
            out.println("    " + replay.diagnose(r.event()));
            out.println("    " + replay.evidenceBound(r.event()));
        }
        out.printf(Locale.ROOT, "orange/red episodes %d, false %d (%.2f per month over %.1f months)%n",
                replay.orangeEpisodes.size(), replay.falseWarnings.size(), report.get("false_warnings_per_month"),
                replay.months);
        for (Replay.OrangeEpisode w : replay.falseWarnings) {
            out.printf(Locale.ROOT, "  false: %s on %s (%s)%n", w.cell(), w.on(), w.level());
        }
        Map<String, Integer> byKind = new java.util.TreeMap<>();
        replay.falseWarnings.forEach(w -> byKind.merge(w.cell().kind().name(), 1, Integer::sum));
        out.println("false orange/red by cell kind: " + byKind);
        out.println("calibration on exploration lots (predicted band: lots, mean predicted, observed):");
        for (CalibrationBin b : replay.engine.calibration()) {
            out.printf(Locale.ROOT, "  [%.2f, %.2f): %6d  %.4f  %.4f%n", b.predictedFrom(), b.predictedTo(), b.lots(),
                    b.meanPredicted(), b.observed());
        }
        long[] afterSignals = replay.inspectedAfterSignals();
        out.printf(Locale.ROOT, "outside signals fed to the engine: %d; of their cells' lots in the 28 days after each, "
                + "%d inspected of %d%n", replay.signalsFed, afterSignals[0], afterSignals[1]);
        out.println("scorecard coefficients: " + format(replay.engine.coefficients()));
        out.println("prior strengths: " + replay.engine.priorStrengths());
        out.printf(Locale.ROOT, "lots per second (engine plan + record): %,d%n", report.get("lots_per_second"));
    }

    static String describe(EmergingEvent e) {
        StringBuilder b = new StringBuilder();
        if (e.hsPrefix() != null) {
            b.append("HS ").append(e.hsPrefix()).append(' ');
        }
        if (e.origin() != null) {
            b.append("from ").append(e.origin()).append(' ');
        }
        if (e.consignee() != null) {
            b.append("consignee ").append(e.consignee()).append(' ');
        }
        return b.toString().trim();
    }

    private static String format(Map<String, Double> m) {
        StringBuilder b = new StringBuilder("{");
        m.forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append(k).append('=')
                .append(String.format(Locale.ROOT, "%.2f", v)));
        return b.append('}').toString();
    }
}
