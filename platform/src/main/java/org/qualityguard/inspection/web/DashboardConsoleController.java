package org.qualityguard.inspection.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.inspection.Countries;
import org.qualityguard.inspection.RiskDashboard;
import org.qualityguard.inspection.RiskWarnings;
import org.qualityguard.risk.WarningLevel;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The risk dashboard: the page carries the period and the chart labels, its script fetches the figures as JSON (the
 * console's CSP allows no inline script), with names already in the reader's language.
 */
@Controller
@RequestMapping("/console/inspection/dashboard")
class DashboardConsoleController {

    /** By default the dashboard looks back twelve whole weeks, this one included. */
    private static final int DEFAULT_WEEKS = 12;

    private final RiskDashboard dashboard;
    private final RiskWarnings warnings;
    private final Countries countries;
    private final MessageSource labels;
    private final Clock clock;

    DashboardConsoleController(RiskDashboard dashboard, RiskWarnings warnings, Countries countries,
                               MessageSource labels, Clock clock) {
        this.dashboard = dashboard;
        this.warnings = warnings;
        this.countries = countries;
        this.labels = labels;
        this.clock = clock;
    }

    private record Period(LocalDate from, LocalDate to) {
    }

    /** The period asked for, in order whichever way round it was typed, or the default twelve weeks to today. */
    private Period period(Optional<LocalDate> from, Optional<LocalDate> to) {
        LocalDate end = to.orElseGet(() -> LocalDate.now(clock));
        LocalDate start = from.orElseGet(() -> end.with(DayOfWeek.MONDAY).minusWeeks(DEFAULT_WEEKS - 1));
        return start.isAfter(end) ? new Period(end, start) : new Period(start, end);
    }

    @GetMapping
    String page(@AuthenticationPrincipal StaffUser user,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> from,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> to, Model model) {
        Period p = period(from, to);
        RiskDashboard.requireWithinLimit(p.from(), p.to());
        // the warnings standing now that the reader may see, strongest level first, each level shown even at zero
        Map<WarningLevel, Integer> byLevel = new LinkedHashMap<>();
        List.of(WarningLevel.RED, WarningLevel.ORANGE, WarningLevel.YELLOW, WarningLevel.BLUE)
                .forEach(level -> byLevel.put(level, 0));
        warnings.list(user).forEach(v -> byLevel.merge(v.warning().level(), 1, Integer::sum));
        model.addAttribute("warningsByLevel", byLevel);
        model.addAttribute("section", "risk");
        model.addAttribute("tab", "dashboard");
        model.addAttribute("from", p.from());
        model.addAttribute("to", p.to());
        return "inspection/dashboard";
    }

    record Cell(int origin, int chapter, double rate, long inspected, long failed) {
    }

    record Week(LocalDate week, Double targeted, Double random, long targetedInspected, long targetedFailed,
                long randomInspected, long randomFailed) {
    }

    record Streams(String state, String label, int streams) {
    }

    record Capacity(String bureau, long decided, long selected, Double selectedShare, double capacityShare) {
    }

    record Data(LocalDate from, LocalDate to, LocalDate capacityFrom, List<String> chapters, List<String> origins,
                List<Cell> cells, List<Week> weeks, List<Streams> streams, List<Capacity> capacity) {
    }

    @GetMapping("/data")
    @ResponseBody
    Data data(@AuthenticationPrincipal StaffUser user,
              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> from,
              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> to, Locale locale) {
        Period p = period(from, to);
        RiskDashboard.Figures f = dashboard.figures(user, p.from(), p.to());
        List<String> chapters = f.heat().chapters();
        List<String> origins = f.heat().origins();
        List<Cell> cells = f.heat().cells().stream().map(c -> new Cell(origins.indexOf(c.origin()),
                chapters.indexOf(c.chapter()), c.rate(), c.inspected(), c.failed())).toList();
        List<Week> weeks = f.weeks().stream().map(w -> new Week(w.week(), w.targetedRate().orElse(null),
                w.randomRate().orElse(null), w.targetedInspected(), w.targetedFailed(), w.randomInspected(),
                w.randomFailed())).toList();
        List<Streams> streams = new ArrayList<>();
        f.streams().forEach((state, n) -> streams.add(new Streams(state.name(),
                labels.getMessage("inspection.dashboard.state." + state.name(), null, state.name(), locale), n)));
        List<Capacity> capacity = f.capacity().stream().map(c -> new Capacity(c.bureau().name(locale), c.decided(),
                c.selected(), c.selectedShare().orElse(null), c.bureau().capacityShare())).toList();
        return new Data(f.from(), f.to(), f.capacityFrom(),
                chapters.stream().map(c -> labels.getMessage("inspection.dashboard.chapter", new Object[] {c}, c,
                        locale)).toList(),
                origins.stream().map(o -> countries.nameOf(o, locale)).toList(), cells, weeks, streams, capacity);
    }
}
