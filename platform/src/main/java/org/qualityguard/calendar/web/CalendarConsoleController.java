package org.qualityguard.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

import org.qualityguard.calendar.CalendarKeeping;
import org.qualityguard.calendar.CalendarYear;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.qualityguard.shared.web.ViolationMessages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The working-day calendar in the console: the years, one year's days, and its keeping by a province admin. */
@Controller
@RequestMapping("/console/calendar")
class CalendarConsoleController {

    private final CalendarKeeping keeping;
    private final ViolationMessages messages;
    private final BusinessTime time;

    CalendarConsoleController(CalendarKeeping keeping, ViolationMessages messages, BusinessTime time) {
        this.keeping = keeping;
        this.messages = messages;
        this.time = time;
    }

    @ModelAttribute
    void section(Model model) {
        model.addAttribute("section", "calendar");
    }

    @GetMapping
    String years(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("years", keeping.years(user));
        model.addAttribute("keeper", keeping.mayKeep(user));
        model.addAttribute("nextYear", time.today().getYear() + 1);
        return "calendar/years";
    }

    @PostMapping
    String open(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String source, Model model, RedirectAttributes redirect) {
        try {
            CalendarYear opened = keeping.open(user, year == null ? 0 : year, source);
            redirect.addFlashAttribute("notice", "calendar.opened");
            return "redirect:/console/calendar/" + opened.year();
        } catch (ValidationException e) {
            model.addAttribute("errors", messages.byField(e.violations()));
            return years(user, model);
        }
    }

    @GetMapping("/{year}")
    String year(@AuthenticationPrincipal StaffUser user, @PathVariable int year, Model model) {
        model.addAttribute("year", keeping.year(user, year));
        model.addAttribute("keeper", keeping.mayKeep(user));
        return "calendar/year";
    }

    @PostMapping("/{year}/days")
    String setDay(@AuthenticationPrincipal StaffUser user, @PathVariable int year, @RequestParam String day,
                  @RequestParam(required = false) String kind, @RequestParam(required = false) String name,
                  Model model, RedirectAttributes redirect) {
        return change(user, year, model, redirect, "calendar.daySet",
                () -> keeping.setDay(user, year, date(day), CalendarApiController.kind(kind), name));
    }

    @PostMapping("/{year}/days/{day}/remove")
    String removeDay(@AuthenticationPrincipal StaffUser user, @PathVariable int year, @PathVariable String day,
                     Model model, RedirectAttributes redirect) {
        return change(user, year, model, redirect, "calendar.dayRemoved", () -> keeping.removeDay(user, year, date(day)));
    }

    @PostMapping("/{year}/publish")
    String publish(@AuthenticationPrincipal StaffUser user, @PathVariable int year, Model model,
                   RedirectAttributes redirect) {
        return change(user, year, model, redirect, "calendar.published", () -> keeping.publish(user, year));
    }

    private String change(StaffUser user, int year, Model model, RedirectAttributes redirect, String notice,
                          Supplier<CalendarYear> action) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/console/calendar/" + year;
        } catch (ValidationException e) {
            model.addAttribute("errors", messages.byField(e.violations()));
            return year(user, year, model);
        }
    }

    private static LocalDate date(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new ValidationException(FieldViolation.of("day", new Violation("E1063", "calendar.day.otherYear",
                    day, "")));
        }
    }
}
