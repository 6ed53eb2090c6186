package org.qualityguard.calendar.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.qualityguard.calendar.CalendarKeeping;
import org.qualityguard.calendar.CalendarYear;
import org.qualityguard.calendar.domain.DayKind;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The working-day calendar for integrations: read by any member of staff, kept by a province administrator. */
@RestController
@RequestMapping(path = "/api/v1/calendar", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "calendar", description = "Public holidays and adjusted working days per year; drafted, then published")
class CalendarApiController {

    private final CalendarKeeping keeping;

    CalendarApiController(CalendarKeeping keeping) {
        this.keeping = keeping;
    }

    record YearRequest(Integer year, String source) {
    }

    /** {@code kind}: HOLIDAY or WORKDAY (a weekend day moved to work); {@code name}: the festival, e.g. 春节. */
    record DayRequest(String kind, String name) {
    }

    @GetMapping("/years")
    List<Integer> years(@AuthenticationPrincipal StaffUser user) {
        return keeping.years(user);
    }

    @GetMapping("/years/{year}")
    CalendarYear year(@AuthenticationPrincipal StaffUser user, @PathVariable int year) {
        return keeping.year(user, year);
    }

    @PostMapping(path = "/years", consumes = MediaType.APPLICATION_JSON_VALUE)
    CalendarYear open(@AuthenticationPrincipal StaffUser user, @RequestBody YearRequest request) {
        if (request.year() == null) {
            throw new ValidationException(FieldViolation.of("year", new Violation("E1066", "calendar.year.outOfRange",
                    "")));
        }
        return keeping.open(user, request.year(), request.source());
    }

    @PutMapping(path = "/years/{year}/days/{day}", consumes = MediaType.APPLICATION_JSON_VALUE)
    CalendarYear setDay(@AuthenticationPrincipal StaffUser user, @PathVariable int year, @PathVariable LocalDate day,
                        @RequestBody DayRequest request) {
        return keeping.setDay(user, year, day, kind(request.kind()), request.name());
    }

    @DeleteMapping("/years/{year}/days/{day}")
    CalendarYear removeDay(@AuthenticationPrincipal StaffUser user, @PathVariable int year,
                           @PathVariable LocalDate day) {
        return keeping.removeDay(user, year, day);
    }

    @PostMapping("/years/{year}/publish")
    CalendarYear publish(@AuthenticationPrincipal StaffUser user, @PathVariable int year) {
        return keeping.publish(user, year);
    }

    static DayKind kind(String kind) {
        for (DayKind k : DayKind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        throw new ValidationException(FieldViolation.of("kind", new Violation("E1067", "calendar.day.kind",
                String.valueOf(kind))));
    }
}
