package org.qualityguard.inspection;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.inspection.engine.EngineHost;
import org.qualityguard.inspection.persistence.DashboardStore;
import org.qualityguard.risk.SelectionReason;
import org.qualityguard.risk.SwitchingState;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.springframework.stereotype.Service;

/**
 * The analyst's overview of the risk part, over the lots of the bureaus in the reader's division: where results fail
 * (HS chapter × origin), whether targeting finds more than random inspection does (the detection rate, 检出率, week by
 * week), how the engine's consignee × heading streams stand under GB/T 2828.1, and how much of its capacity each
 * bureau used. The switching states are the engine's, which holds one province-wide state per stream.
 */
@Service
public class RiskDashboard {

    /** The heat table shows the busiest chapters and origins; the rest would be too thin to read. */
    static final int TOP_CHAPTERS = 12;
    static final int TOP_ORIGINS = 12;
    /** Capacity is judged over the last four weeks: long enough to smooth a day's peak, short enough to act on. */
    static final int CAPACITY_DAYS = 28;
    /** Every reason to inspect but the random draw: what the engine or a rule chose. */
    static final List<String> TARGETED = Arrays.stream(SelectionReason.values())
            .filter(r -> r.inspect() && r != SelectionReason.EXPLORATION).map(Enum::name).toList();
    static final List<String> RANDOM = List.of(SelectionReason.EXPLORATION.name());

    private final DashboardStore store;
    private final EngineHost host;
    private final LotDecisions decisions;
    private final AccessPolicy access;

    RiskDashboard(DashboardStore store, EngineHost host, LotDecisions decisions, AccessPolicy access) {
        this.store = store;
        this.host = host;
        this.decisions = decisions;
        this.access = access;
    }

    /** Failed ÷ inspected, or empty when nothing was inspected. */
    static Optional<Double> rate(long failed, long inspected) {
        return inspected == 0 ? Optional.empty() : Optional.of((double) failed / inspected);
    }

    public record HeatCell(String chapter, String origin, long inspected, long failed) {

        public double rate() {
            return (double) failed / inspected;
        }
    }

    /** Chapters and origins busiest first; a cell only where something was inspected. */
    public record HeatTable(List<String> chapters, List<String> origins, List<HeatCell> cells) {

        public Optional<HeatCell> cell(String chapter, String origin) {
            return cells.stream().filter(c -> c.chapter().equals(chapter) && c.origin().equals(origin)).findFirst();
        }
    }

    /** One week (starting Monday) of results of targeted and of randomly drawn lots declared in it. */
    public record WeekRates(LocalDate week, long targetedInspected, long targetedFailed, long randomInspected,
                            long randomFailed) {

        public Optional<Double> targetedRate() {
            return rate(targetedFailed, targetedInspected);
        }

        public Optional<Double> randomRate() {
            return rate(randomFailed, randomInspected);
        }
    }

    public record BureauCapacity(Bureau bureau, long decided, long selected) {

        /** The share of its lots the bureau selected, to hold against its capacity share. */
        public Optional<Double> selectedShare() {
            return rate(selected, decided);
        }
    }

    /** A year, leap day included: the longest period one dashboard covers (its weeks are one chart's points). */
    public static final int MAX_PERIOD_DAYS = 366;

    /** Refuses a period longer than {@link #MAX_PERIOD_DAYS}, naming its end as the field to change. */
    public static void requireWithinLimit(LocalDate from, LocalDate to) {
        if (java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1 > MAX_PERIOD_DAYS) {
            throw new ValidationException(FieldViolation.of("to", new Violation("E8113",
                    "inspection.dashboard.period.tooLong", from.toString(), to.toString(), MAX_PERIOD_DAYS)));
        }
    }

    public record Figures(LocalDate from, LocalDate to, HeatTable heat, List<WeekRates> weeks,
                          Map<SwitchingState, Integer> streams, LocalDate capacityFrom,
                          List<BureauCapacity> capacity) {
    }

    /**
     * The figures over lots declared from {@code from} to {@code to}, at most {@link #MAX_PERIOD_DAYS} days; capacity
     * over the 28 days ending {@code to}.
     */
    public Figures figures(StaffUser reader, LocalDate from, LocalDate to) {
        access.require(reader, Permission.READ_RISK);
        requireWithinLimit(from, to);
        LocalDate capacityFrom = to.minusDays(CAPACITY_DAYS - 1);
        return new Figures(from, to, heat(reader, from, to), weeks(reader, from, to),
                host.locked(engine -> engine.streamsBySwitchingState()), capacityFrom,
                capacity(reader, capacityFrom, to));
    }

    private HeatTable heat(StaffUser reader, LocalDate from, LocalDate to) {
        List<DashboardStore.ChapterOrigin> all = store.resultsByChapterAndOrigin(reader.scope(), from, to);
        List<String> chapters = busiest(all, DashboardStore.ChapterOrigin::chapter, TOP_CHAPTERS);
        List<String> origins = busiest(all, DashboardStore.ChapterOrigin::origin, TOP_ORIGINS);
        List<HeatCell> cells = all.stream()
                .filter(c -> chapters.contains(c.chapter()) && origins.contains(c.origin()))
                .map(c -> new HeatCell(c.chapter(), c.origin(), c.inspected(), c.failed())).toList();
        return new HeatTable(chapters, origins, cells);
    }

    /** The {@code limit} keys with the most inspected lots, ties by key so that the table does not reshuffle. */
    private static List<String> busiest(List<DashboardStore.ChapterOrigin> cells,
                                        Function<DashboardStore.ChapterOrigin, String> key, int limit) {
        Map<String, Long> inspected = cells.stream()
                .collect(Collectors.groupingBy(key, Collectors.summingLong(DashboardStore.ChapterOrigin::inspected)));
        return inspected.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    /** Every week of the period, empty ones too, so that the lines show a gap rather than join distant weeks. */
    private List<WeekRates> weeks(StaffUser reader, LocalDate from, LocalDate to) {
        Map<LocalDate, DashboardStore.WeekCount> targeted = byWeek(store.resultsByWeek(reader.scope(), from, to,
                TARGETED));
        Map<LocalDate, DashboardStore.WeekCount> random = byWeek(store.resultsByWeek(reader.scope(), from, to,
                RANDOM));
        DashboardStore.WeekCount none = new DashboardStore.WeekCount(null, 0, 0);
        List<WeekRates> weeks = new ArrayList<>();
        for (LocalDate w = from.with(DayOfWeek.MONDAY); !w.isAfter(to); w = w.plusWeeks(1)) {
            DashboardStore.WeekCount t = targeted.getOrDefault(w, none);
            DashboardStore.WeekCount r = random.getOrDefault(w, none);
            weeks.add(new WeekRates(w, t.inspected(), t.failed(), r.inspected(), r.failed()));
        }
        return weeks;
    }

    private static Map<LocalDate, DashboardStore.WeekCount> byWeek(List<DashboardStore.WeekCount> counts) {
        Map<LocalDate, DashboardStore.WeekCount> byWeek = new HashMap<>();
        counts.forEach(c -> byWeek.put(c.week(), c));
        return byWeek;
    }

    /** Every bureau in the reader's division, those without lots too: an idle bureau is worth seeing. */
    private List<BureauCapacity> capacity(StaffUser reader, LocalDate from, LocalDate to) {
        Map<String, DashboardStore.BureauDecisions> counted = new HashMap<>();
        store.decisionsByBureau(reader.scope(), from, to).forEach(d -> counted.put(d.bureau(), d));
        return decisions.bureausOf(reader).stream().map(b -> {
            DashboardStore.BureauDecisions d = counted.get(b.code());
            return d == null ? new BureauCapacity(b, 0, 0) : new BureauCapacity(b, d.decided(), d.selected());
        }).toList();
    }
}
