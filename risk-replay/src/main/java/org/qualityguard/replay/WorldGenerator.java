package org.qualityguard.replay;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.qualityguard.risk.ExternalSignal;
import org.qualityguard.risk.Hazard;
import org.qualityguard.risk.SignalKind;

/**
 * Writes a synthetic world of import/export lots whose truth is known, built to be hard rather than to flatter any
 * strategy. A lot's log-odds of failing is the sum of:
 * <ul>
 *   <li>a latent effect at every level of the HS hierarchy (chapter, heading, subheading, code) and of the origin,
 *       plus an origin × heading interaction;</li>
 *   <li>a consignee effect with a heavy tail (15 % bad actors, far worse than the rest), a manufacturer effect with its
 *       own tail, and a consignee × heading interaction;</li>
 *   <li>new entrants throughout the two years, on average a little worse than incumbents, and exits;</li>
 *   <li>seasonality per chapter, linear drift per origin and per heading, a random walk per consignee;</li>
 *   <li>per-lot noise nobody can observe;</li>
 *   <li>injected emerging risks: origin × HS heading flows and consignees whose odds jump at an onset and fall back at
 *       an end. They are placed on flows busy enough to be seen at all (an event on a flow of one lot a month cannot be
 *       detected within four weeks by anyone inspecting a tenth of the lots).</li>
 * </ul>
 * Besides the lot file it writes {@code <name>.events.csv} (the injected events) and {@code <name>.truth.csv} (each
 * lot's true probability), so a replay can report the oracle and judge warnings.
 */
final class WorldGenerator {

    /** Real HS chapters of goods CIQ inspects: food, agricultural, and a few industrial ones. */
    private static final String[] CHAPTERS = {"02", "03", "04", "07", "08", "09", "10", "11", "12", "15", "16", "17",
        "18", "19", "20", "21", "22", "23", "33", "39", "44", "64", "84", "85", "94", "95"};
    /** ISO 3166 alpha-2 codes of trading partners; synthetic world only, so listing them is enough. */
    private static final String[] ORIGINS = {"US", "BR", "AU", "NZ", "TH", "VN", "MY", "ID", "JP", "KR", "DE", "FR",
        "NL", "IT", "ES", "CA", "AR", "CL", "PE", "RU", "IN", "PK", "ZA", "EG", "MX", "UA", "PL", "BE", "DK", "IE",
        "GB", "PH", "MM", "LA", "KH", "TR", "IR", "SA", "KZ", "UY"};
    private static final String[] BUREAUS = {"CIQ-NJ", "CIQ-SZ", "CIQ-LYG", "CIQ-NT", "CIQ-WX", "CIQ-ZJ"};
    private static final double BASE_LOGIT = -4.0;
    /** Gauss–Hermite nodes and weights (÷ √π) for E[f(ε)], ε ~ N(0, v): f at √(2v) × node. */
    private static final double[] HERMITE_NODES = {-2.8569700138728056, -1.3556261799742657, 0, 1.3556261799742657,
        2.8569700138728056};
    private static final double[] HERMITE_WEIGHTS = {0.0199532420590459 / 1.7724538509055159,
        0.3936193231522412 / 1.7724538509055159, 0.9453087204829419 / 1.7724538509055159,
        0.3936193231522412 / 1.7724538509055159, 0.0199532420590459 / 1.7724538509055159};

    private final WorldShape shape;
    private final long lots;
    private final int weeks;
    private final long seed;
    private final LocalDate start;
    private final SplittableRandom rng;
    /** The share of emerging events a partner agency notifies (see {@link #notifications}). */
    static final double NOTIFIED_SHARE = 0.6;

    // product catalogue
    private final List<String> codes = new ArrayList<>();
    private final List<Integer> codeChapter = new ArrayList<>();
    private final List<String> codeHeading = new ArrayList<>();
    private double[] codeEffect;
    private double[] codeWeight;
    private final double[] chapterSeasonAmp = new double[CHAPTERS.length];
    private final double[] chapterSeasonPhase = new double[CHAPTERS.length];
    private final double[][] chapterHazards = new double[CHAPTERS.length][];
    private final Map<String, Double> headingDrift = new HashMap<>();
    private final double[] originEffect = new double[ORIGINS.length + 1];
    private final double[] originDrift = new double[ORIGINS.length + 1];
    private final double[] originWeight = new double[ORIGINS.length];
    private final double[][] originChapterAffinity = new double[ORIGINS.length][CHAPTERS.length];

    // parties
    private Consignee[] consignees;
    private final List<Double> manufacturerEffect = new ArrayList<>();
    private final List<Integer> manufacturerOrigin = new ArrayList<>();
    private final Map<Integer, List<Integer>> manufacturersByOrigin = new HashMap<>();

    private static final class Consignee {
        String id;
        int entryWeek;
        int exitWeek;
        double weight;
        double effect;
        double walk;
        int bureau;
        int[] lineCode;
        int[] lineOrigin; // ORIGINS.length means CN (an export line)
        int[] lineManufacturer;
        double[] lineCumulative;
    }

    WorldGenerator(long lots, int weeks, long seed, LocalDate start) {
        this(WorldShape.legacy(lots, weeks, seed), start);
    }

    WorldGenerator(WorldShape shape, LocalDate start) {
        this.shape = shape;
        this.lots = shape.lots();
        this.weeks = shape.weeks();
        this.seed = shape.seed();
        this.start = start;
        this.rng = new SplittableRandom(seed);
    }

    /** What was written; {@code intercept} is the log-odds the base rate was calibrated to (−4.0 for legacy). */
    record Summary(long lots, long failures, int events, Path lotsFile, Path eventsFile, Path truthFile,
                   Path signalsFile, double intercept) {
    }

    Summary write(Path lotsFile) throws IOException {
        buildCatalogue();
        buildParties();
        // pass 1: who declares what, when (no outcomes yet), so that events can be placed on busy flows
        int n = (int) lots;
        int[] day = new int[n];
        int[] consignee = new int[n];
        int[] line = new int[n];
        declare(day, consignee, line);
        List<EmergingEvent> events = placeEvents(day, consignee, line);
        // pass 2: truth and outcomes, written in declaration order
        Path eventsFile = TruthFile.sibling(lotsFile, ".events.csv");
        Path truthFile = TruthFile.besides(lotsFile);
        EventsFile.write(eventsFile, events);
        Path signalsFile = TruthFile.sibling(lotsFile, ".signals.csv");
        SignalsFile.write(signalsFile, notifications(events, day, consignee, line));
        long failures = 0;
        double[] walkAt = new double[consignees.length];
        int walkWeek = -1;
        double[] eventDelta = new double[events.size()];
        int[] eventHazard = new int[events.size()];
        for (int e = 0; e < events.size(); e++) {
            eventDelta[e] = shape.eventLogOddsLow() + (shape.eventLogOddsHigh() - shape.eventLogOddsLow()) * rng.nextDouble();
            eventHazard[e] = rng.nextInt(Hazard.values().length);
        }
        boolean calibrated = !Double.isNaN(shape.baseRate());
        // a calibrated world draws the consignees' walks up front (from their own stream), so the calibration knows them
        double[][] walks = calibrated ? walks(weeks / 4 + 1) : null;
        double intercept = calibrated ? calibratedIntercept(day, consignee, line, events, eventDelta, walks) : BASE_LOGIT;
        try (BufferedWriter w = Files.newBufferedWriter(lotsFile, StandardCharsets.UTF_8);
             BufferedWriter t = Files.newBufferedWriter(truthFile, StandardCharsets.UTF_8)) {
            w.write(String.join(",", LotFile.HEADER));
            w.write('\n');
            t.write("lot_id,true_probability\n");
            StringBuilder b = new StringBuilder(160);
            for (int i = 0; i < n; i++) {
                int week = day[i] / 7;
                while (walkWeek < week) {
                    walkWeek++;
                    if (walkWeek % 4 == 0) {
                        for (int c = 0; c < consignees.length; c++) {
                            consignees[c].walk += calibrated ? 0 : shape.walkSd() * rng.nextGaussian();
                            walkAt[c] = calibrated ? walks[walkWeek / 4][c] : consignees[c].walk;
                        }
                    }
                }
                Consignee c = consignees[consignee[i]];
                int code = c.lineCode[line[i]];
                int origin = c.lineOrigin[line[i]];
                int manufacturer = c.lineManufacturer[line[i]];
                int chapter = codeChapter.get(code);
                String hs = codes.get(code);
                String originCode = origin == ORIGINS.length ? "CN" : ORIGINS[origin];
                LocalDate date = start.plusDays(day[i]);
                double z = logOdds(intercept, day[i], consignee[i], line[i], walkAt[consignee[i]])
                        + 0.3 * rng.nextGaussian();
                int hazardOverride = -1;
                for (int e = 0; e < events.size(); e++) {
                    if (eventCovers(events.get(e), date, hs, originCode, c.id)) {
                        z += eventDelta[e];
                        hazardOverride = eventHazard[e];
                    }
                }
                double p = 1 / (1 + Math.exp(-z));
                boolean failed = rng.nextDouble() < p;
                String hazard = "";
                if (failed) {
                    failures++;
                    int h = hazardOverride >= 0 && rng.nextDouble() < 0.8 ? hazardOverride
                            : pick(chapterHazards[chapter], rng.nextDouble());
                    hazard = Hazard.values()[h].name();
                }
                String lotId = String.format(Locale.ROOT, "L%09d", i + 1);
                double quantity = Math.round(Math.exp(6 + 1.2 * rng.nextGaussian()));
                double value = Math.round(quantity * Math.exp(3 + 0.8 * rng.nextGaussian()));
                b.setLength(0);
                b.append(lotId).append(',').append(date).append(',').append(BUREAUS[rng.nextDouble() < 0.9 ? c.bureau
                                : rng.nextInt(BUREAUS.length)]).append(',')
                        .append(origin == ORIGINS.length ? "EXPORT" : "IMPORT").append(',').append(hs).append(',')
                        .append(originCode).append(',').append(c.id).append(',')
                        .append(String.format(Locale.ROOT, "M%06d", manufacturer)).append(',')
                        .append((long) quantity).append(',').append((long) value).append(',')
                        .append(failed ? "FAIL" : "PASS").append(',').append(hazard).append('\n');
                w.append(b);
                b.setLength(0);
                b.append(lotId).append(',').append(String.format(Locale.ROOT, "%.6f", p)).append('\n');
                t.append(b);
            }
        }
        return new Summary(n, failures, events.size(), lotsFile, eventsFile, truthFile, signalsFile, intercept);
    }

    private final Map<Long, Double> interactions = new HashMap<>();

    /** A lot's log-odds without its per-lot noise and events (terms summed in the order the first worlds used). */
    private double logOdds(double intercept, int day, int consigneeIndex, int line, double walk) {
        Consignee c = consignees[consigneeIndex];
        int code = c.lineCode[line];
        int origin = c.lineOrigin[line];
        int chapter = codeChapter.get(code);
        String heading = codeHeading.get(code);
        double years = day / 365.25;
        return intercept + codeEffect[code] + originEffect[origin]
                + interaction(interactions, 1, heading.hashCode(), origin, 0.5)
                + c.effect + walk
                + manufacturerEffect.get(c.lineManufacturer[line])
                + interaction(interactions, 2, consigneeIndex, heading.hashCode(), 0.3)
                + chapterSeasonAmp[chapter] * Math.sin(2 * Math.PI * day / 365.25 + chapterSeasonPhase[chapter])
                + (originDrift[origin] + headingDrift.get(heading)) * years;
    }

    private static boolean eventCovers(EmergingEvent ev, LocalDate date, String hs, String origin, String consignee) {
        return !date.isBefore(ev.onset()) && !date.isAfter(ev.end()) && ev.covers(hs, origin, consignee);
    }

    /**
     * The intercept at which the world's expected failure rate is the shape's base rate. Uses no random draws (so the
     * world is otherwise the one a fixed intercept would give): the per-lot noise, unknown yet, enters as
     * E[σ(x + ε)] by five-point Gauss–Hermite quadrature over ε ~ N(0, 0.3²).
     */
    /** Each consignee's random walk at every fourth week: {@code [step][consignee]}. */
    private double[][] walks(int steps) {
        SplittableRandom walkRng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 17);
        double[][] w = new double[steps][consignees.length];
        for (int s = 0; s < steps; s++) {
            for (int c = 0; c < consignees.length; c++) {
                w[s][c] = (s == 0 ? 0 : w[s - 1][c]) + shape.walkSd() * walkRng.nextGaussian();
            }
        }
        return w;
    }

    private double calibratedIntercept(int[] day, int[] consignee, int[] line, List<EmergingEvent> events,
                                       double[] eventDelta, double[][] walks) {
        int n = day.length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            Consignee c = consignees[consignee[i]];
            int code = c.lineCode[line[i]];
            int origin = c.lineOrigin[line[i]];
            String originCode = origin == ORIGINS.length ? "CN" : ORIGINS[origin];
            LocalDate date = start.plusDays(day[i]);
            x[i] = logOdds(0, day[i], consignee[i], line[i], walks[day[i] / 28][consignee[i]]);
            for (int e = 0; e < events.size(); e++) {
                if (eventCovers(events.get(e), date, codes.get(code), originCode, c.id)) {
                    x[i] += eventDelta[e];
                }
            }
        }
        double sd = Math.sqrt(2 * 0.09); // the per-lot noise, 0.3 log-odds
        double lo = -15;
        double hi = 5;
        for (int iteration = 0; iteration < 40; iteration++) {
            double mid = (lo + hi) / 2;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < HERMITE_NODES.length; k++) {
                    sum += HERMITE_WEIGHTS[k] / (1 + Math.exp(-(x[i] + mid + sd * HERMITE_NODES[k])));
                }
            }
            if (sum / n < shape.baseRate()) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    private void buildCatalogue() {
        List<Double> effects = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int ch = 0; ch < CHAPTERS.length; ch++) {
            double chapterEffect = 0.5 * rng.nextGaussian();
            double chapterWeight = Math.exp(rng.nextGaussian());
            chapterSeasonAmp[ch] = 0.6 * shape.seasonScale() * rng.nextDouble();
            chapterSeasonPhase[ch] = 2 * Math.PI * rng.nextDouble();
            chapterHazards[ch] = new double[Hazard.values().length];
            for (int h = 0; h < chapterHazards[ch].length; h++) {
                chapterHazards[ch][h] = Math.pow(rng.nextDouble(), 3); // a few hazards dominate each chapter
            }
            Set<Integer> headings = new HashSet<>();
            int nHeadings = 3 + rng.nextInt(8);
            while (headings.size() < nHeadings) {
                headings.add(1 + rng.nextInt(99));
            }
            for (int hd : headings.stream().sorted().toList()) {
                String heading = CHAPTERS[ch] + String.format(Locale.ROOT, "%02d", hd);
                double headingEffect = chapterEffect + 0.4 * rng.nextGaussian();
                double headingWeight = chapterWeight * Math.exp(0.8 * rng.nextGaussian());
                headingDrift.put(heading, 0.3 * shape.driftScale() * rng.nextGaussian());
                Set<Integer> subs = new HashSet<>();
                int nSubs = 2 + rng.nextInt(5);
                while (subs.size() < nSubs) {
                    subs.add(1 + rng.nextInt(99));
                }
                for (int sb : subs.stream().sorted().toList()) {
                    String sub = heading + String.format(Locale.ROOT, "%02d", sb);
                    double subEffect = headingEffect + 0.3 * rng.nextGaussian();
                    double subWeight = headingWeight * Math.exp(0.7 * rng.nextGaussian());
                    int nCodes = 1 + rng.nextInt(3);
                    Set<Integer> tails = new HashSet<>();
                    while (tails.size() < nCodes) {
                        tails.add(rng.nextInt(10000));
                    }
                    for (int tail : tails.stream().sorted().toList()) {
                        codes.add(sub + String.format(Locale.ROOT, "%04d", tail));
                        codeChapter.add(ch);
                        codeHeading.add(heading);
                        effects.add(subEffect + 0.2 * rng.nextGaussian());
                        weights.add(subWeight * Math.exp(0.5 * rng.nextGaussian()));
                    }
                }
            }
        }
        codeEffect = effects.stream().mapToDouble(Double::doubleValue).toArray();
        codeWeight = weights.stream().mapToDouble(Double::doubleValue).toArray();
        for (int o = 0; o <= ORIGINS.length; o++) {
            originEffect[o] = 0.5 * rng.nextGaussian();
            originDrift[o] = 0.3 * shape.driftScale() * rng.nextGaussian();
            if (o < ORIGINS.length) {
                originWeight[o] = 1.0 / (o + 1);
                for (int ch = 0; ch < CHAPTERS.length; ch++) {
                    originChapterAffinity[o][ch] = rng.nextDouble() < 0.3 ? 0 : Math.exp(rng.nextGaussian());
                }
            }
        }
    }

    private void buildParties() {
        int n = (int) Math.max(100, Math.floor(lots / shape.lotsPerConsignee()));
        consignees = new Consignee[n];
        double[] codeCumulative = cumulative(codeWeight);
        for (int i = 0; i < n; i++) {
            Consignee c = new Consignee();
            c.id = String.format(Locale.ROOT, "C%06d", i + 1);
            c.entryWeek = rng.nextDouble() < 1 - shape.entrantShare() ? 0 : 1 + rng.nextInt(Math.max(1, weeks - 4));
            c.exitWeek = rng.nextDouble() < shape.exitShare() ? Math.min(weeks, c.entryWeek + 8 + rng.nextInt(weeks))
                    : weeks;
            c.weight = Math.exp(shape.consigneeVolumeSigma() * rng.nextGaussian());
            boolean bad = rng.nextDouble() < shape.badConsigneeShare();
            c.effect = bad ? shape.badConsigneeLogOdds() + 0.7 * rng.nextGaussian() : 0.35 * rng.nextGaussian();
            if (c.entryWeek > 0) {
                c.effect += shape.entrantPenalty(); // newcomers are, on average, a little worse
            }
            c.bureau = rng.nextInt(BUREAUS.length);
            int lines = 1;
            while (lines < 8 && rng.nextDouble() < 0.6) {
                lines++;
            }
            c.lineCode = new int[lines];
            c.lineOrigin = new int[lines];
            c.lineManufacturer = new int[lines];
            double[] lw = new double[lines];
            for (int l = 0; l < lines; l++) {
                int code = pick(codeCumulative, rng.nextDouble());
                c.lineCode[l] = code;
                int origin;
                if (rng.nextDouble() < 0.1) {
                    origin = ORIGINS.length;
                } else {
                    int chapter = codeChapter.get(code);
                    double[] w = new double[ORIGINS.length];
                    for (int o = 0; o < ORIGINS.length; o++) {
                        w[o] = originWeight[o] * originChapterAffinity[o][chapter];
                    }
                    origin = pick(cumulative(w), rng.nextDouble());
                }
                c.lineOrigin[l] = origin;
                List<Integer> local = manufacturersByOrigin.computeIfAbsent(origin, k -> new ArrayList<>());
                if (!local.isEmpty() && rng.nextDouble() < 0.4) {
                    c.lineManufacturer[l] = local.get(rng.nextInt(local.size()));
                } else {
                    int m = manufacturerEffect.size();
                    manufacturerEffect.add(rng.nextDouble() < shape.badManufacturerShare() ? 1.2 + 0.6 * rng.nextGaussian() : 0.4 * rng.nextGaussian());
                    manufacturerOrigin.add(origin);
                    local.add(m);
                    c.lineManufacturer[l] = m;
                }
                lw[l] = Math.exp(rng.nextGaussian());
            }
            c.lineCumulative = cumulative(lw);
            consignees[i] = c;
        }
        makeGiants();
    }

    /** The first {@code giants} consignees, present throughout, declare the shape's giant share of all lots. */
    private void makeGiants() {
        int g = Math.min(shape.giants(), consignees.length / 2);
        if (g == 0) {
            return;
        }
        double rest = 0;
        for (int i = g; i < consignees.length; i++) {
            Consignee c = consignees[i];
            rest += c.weight * (c.exitWeek - c.entryWeek) / weeks; // only a consignee present declares
        }
        for (int i = 0; i < g; i++) {
            consignees[i].weight = shape.giantShare() / (1 - shape.giantShare()) * rest / g;
            consignees[i].entryWeek = 0;
            consignees[i].exitWeek = weeks;
        }
    }

    private void declare(int[] day, int[] consignee, int[] line) {
        double[] weekWeight = new double[weeks];
        double phase = 2 * Math.PI * rng.nextDouble();
        for (int w = 0; w < weeks; w++) {
            weekWeight[w] = 1 + 0.2 * Math.sin(2 * Math.PI * w / 52.0 + phase);
        }
        double total = Arrays.stream(weekWeight).sum();
        int i = 0;
        double carried = 0;
        for (int w = 0; w < weeks; w++) {
            carried += lots * weekWeight[w] / total;
            int count = w == weeks - 1 ? (int) lots - i : (int) Math.round(carried) - i;
            double[] active = new double[consignees.length];
            for (int c = 0; c < consignees.length; c++) {
                Consignee k = consignees[c];
                active[c] = w >= k.entryWeek && w < k.exitWeek ? k.weight : 0;
            }
            double[] cumulative = cumulative(active);
            int[] days = new int[count];
            for (int j = 0; j < count; j++) {
                days[j] = w * 7 + rng.nextInt(7);
            }
            Arrays.sort(days);
            for (int j = 0; j < count; j++) {
                int c = pick(cumulative, rng.nextDouble());
                day[i] = days[j];
                consignee[i] = c;
                line[i] = pick(consignees[c].lineCumulative, rng.nextDouble());
                i++;
            }
        }
    }

    /**
     * Places emerging risks: half on origin × HS heading flows, half on consignees, with onsets spread over the
     * second half-and-more of the period (the engine needs history to have a baseline, as a bureau would).
     */
    /**
     * What partner agencies tell of the world, for {@code replay --signals}: each event is notified with probability
     * {@value #NOTIFIED_SHARE}, 7 to 21 days after its onset, on its cell (origin × heading, or consignee); and as many
     * notifications as there are events fall on flows without one (partners are wrong too), on the day a lot of the
     * flow is declared. Drawn from a stream of their own, so the world's lots are the same with or without them.
     */
    private List<ExternalSignal> notifications(List<EmergingEvent> events, int[] day, int[] consignee, int[] line) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 0x516E41L);
        List<ExternalSignal> signals = new ArrayList<>();
        Set<String> eventFlows = new HashSet<>();
        for (EmergingEvent e : events) {
            if (e.consignee() == null) {
                eventFlows.add(e.hsPrefix() + e.origin());
            }
            if (r.nextDouble() < NOTIFIED_SHARE) {
                LocalDate on = e.onset().plusDays(7 + r.nextInt(15));
                signals.add(e.consignee() == null
                        ? ExternalSignal.onFlow(e.hsPrefix(), e.origin(), SignalKind.PARTNER_NOTIFICATION, 1.0, on)
                        : ExternalSignal.onConsignee(e.consignee(), SignalKind.PARTNER_NOTIFICATION, 1.0, on));
            }
        }
        for (int decoys = 0, attempt = 0; decoys < events.size() && attempt < 10_000; attempt++) {
            int probe = r.nextInt(day.length);
            Consignee c = consignees[consignee[probe]];
            int origin = c.lineOrigin[line[probe]];
            String heading = codeHeading.get(c.lineCode[line[probe]]);
            if (origin == ORIGINS.length || eventFlows.contains(heading + ORIGINS[origin])) {
                continue;
            }
            signals.add(ExternalSignal.onFlow(heading, ORIGINS[origin], SignalKind.PARTNER_NOTIFICATION, 1.0,
                    start.plusDays(day[probe])));
            decoys++;
        }
        signals.sort(java.util.Comparator.comparing(ExternalSignal::date));
        return signals;
    }

    private List<EmergingEvent> placeEvents(int[] day, int[] consignee, int[] line) {
        int perKind = shape.eventsPerKindOrDefault();
        int totalDays = weeks * 7;
        List<EmergingEvent> events = new ArrayList<>();
        Set<String> usedFlows = new HashSet<>();
        Set<Integer> usedConsignees = new HashSet<>();
        for (int k = 0; k < 2 * perKind; k++) {
            boolean flow = k % 2 == 0;
            for (int attempt = 0; attempt < 400; attempt++) {
                int duration = 7 * (6 + rng.nextInt(9));
                int onset = (int) (totalDays * 0.3) + rng.nextInt(Math.max(1, totalDays - 7 * 4 - duration - (int) (totalDays * 0.3)));
                int end = onset + duration - 1;
                // pick a random lot declared around the onset; its flow or consignee is the candidate
                int probe = rng.nextInt(day.length);
                if (Math.abs(day[probe] - onset) > 60) {
                    continue;
                }
                Consignee c = consignees[consignee[probe]];
                int code = c.lineCode[line[probe]];
                int origin = c.lineOrigin[line[probe]];
                String heading = codeHeading.get(code);
                String originCode = origin == ORIGINS.length ? "CN" : ORIGINS[origin];
                if (flow && (origin == ORIGINS.length || usedFlows.contains(heading + originCode))) {
                    continue;
                }
                if (!flow && usedConsignees.contains(consignee[probe])) {
                    continue;
                }
                int volume = 0;
                for (int i = firstOnOrAfter(day, onset); i < day.length && day[i] <= end; i++) {
                    Consignee ci = consignees[consignee[i]];
                    if (flow ? codeHeading.get(ci.lineCode[line[i]]).equals(heading) && ci.lineOrigin[line[i]] == origin
                            : consignee[i] == consignee[probe]) {
                        volume++;
                    }
                }
                double perWeek = volume * 7.0 / duration;
                if (flow ? perWeek < shape.flowMinPerWeek() || perWeek > shape.flowMaxPerWeek()
                        : perWeek < shape.consigneeMinPerWeek() || perWeek > shape.consigneeMaxPerWeek()) {
                    continue;
                }
                if (flow) {
                    usedFlows.add(heading + originCode);
                    events.add(new EmergingEvent(heading, originCode, null, start.plusDays(onset), start.plusDays(end)));
                } else {
                    usedConsignees.add(consignee[probe]);
                    events.add(new EmergingEvent(null, null, c.id, start.plusDays(onset), start.plusDays(end)));
                }
                break;
            }
        }
        return events;
    }

    /** Days are declared in order, so the first lot of a day is found by bisection. */
    private static int firstOnOrAfter(int[] day, int from) {
        int lo = 0;
        int hi = day.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (day[mid] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private double interaction(Map<Long, Double> cache, int kind, int a, int b, double sd) {
        long key = ((long) kind << 60) ^ ((long) a << 28) ^ (b & 0xFFFFFFFL) ^ ((long) a * 0x9E3779B97F4A7C15L);
        Double v = cache.get(key);
        if (v == null) {
            v = sd * new SplittableRandom(seed ^ key * 0xC2B2AE3D27D4EB4FL).nextGaussian();
            cache.put(key, v);
        }
        return v;
    }

    private static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double s = 0;
        for (int i = 0; i < weights.length; i++) {
            s += weights[i];
            c[i] = s;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= s;
        }
        return c;
    }

    private static int pick(double[] cumulativeOrWeights, double u) {
        double[] c = cumulativeOrWeights;
        if (c.length > 0 && Math.abs(c[c.length - 1] - 1.0) > 1e-9) {
            c = cumulative(c);
        }
        int lo = 0;
        int hi = c.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (c[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
