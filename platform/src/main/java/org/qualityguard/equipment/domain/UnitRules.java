package org.qualityguard.equipment.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.qualityguard.shared.CreditCode;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.DivisionScope;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.InvalidCodeException;
import org.qualityguard.shared.Violation;

/**
 * The checks a unit's fields must pass, each a small named rule with a stable code: a registration code of
 * letters, digits and the usual punctuation of 使用登记证编号, a known kind, a valid credit code, a known division within
 * the clerk's scope, dates that are dates and not in the future, a safety level 1–5, a known result.
 */
public final class UnitRules {

    private static final Pattern REGISTRATION = Pattern.compile("[0-9A-Za-z\\u4e00-\\u9fa5()（）\\-]{4,40}");
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("yyyy.M.d");
    private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("yyyy-M-d");

    private final Predicate<DivisionCode> knownDivision;
    private final DivisionScope scope;
    private final LocalDate today;

    public UnitRules(Predicate<DivisionCode> knownDivision, DivisionScope scope, LocalDate today) {
        this.knownDivision = knownDivision;
        this.scope = scope;
        this.today = today;
    }

    /** The unit, or the violations of its fields (with {@code row} set). */
    public record Outcome(Unit unit, List<FieldViolation> violations) {
        public boolean valid() {
            return violations.isEmpty();
        }
    }

    public Outcome check(Map<String, String> f, int row) {
        List<FieldViolation> v = new ArrayList<>();
        String registration = strip(f.get("registrationCode"));
        if (registration == null) {
            v.add(at(row, "registrationCode", "E7201", "equipment.registrationCode.required"));
        } else if (!REGISTRATION.matcher(registration).matches()) {
            v.add(at(row, "registrationCode", "E7202", "equipment.registrationCode.format", registration));
        }
        EquipmentKind kind = EquipmentKind.parse(f.get("kind")).orElse(null);
        if (kind == null) {
            v.add(at(row, "kind", "E7203", "equipment.kind.unknown", String.valueOf(f.get("kind"))));
        }
        String user = null;
        try {
            user = CreditCode.parse(f.get("userCreditCode")).value();
        } catch (InvalidCodeException e) {
            v.add(new FieldViolation(row, "userCreditCode", e.violation()));
        }
        DivisionCode division = null;
        try {
            division = DivisionCode.parse(f.get("divisionCode"));
            if (!knownDivision.test(division)) {
                v.add(at(row, "divisionCode", "E7204", "equipment.division.unknown", division.value()));
                division = null;
            } else if (!scope.includes(division)) {
                v.add(at(row, "divisionCode", "E7205", "equipment.division.outOfScope", division.value()));
                division = null;
            }
        } catch (InvalidCodeException e) {
            v.add(new FieldViolation(row, "divisionCode", e.violation()));
        }
        LocalDate commissioned = date(f, "commissionedOn", true, row, v);
        LocalDate last = date(f, "lastInspectedOn", false, row, v);
        int level = 0;
        String levelText = strip(f.get("safetyLevel"));
        if (levelText != null) {
            if (levelText.matches("[1-5]")) {
                level = Integer.parseInt(levelText);
            } else {
                v.add(at(row, "safetyLevel", "E7207", "equipment.safetyLevel.range", levelText));
            }
        }
        InspectionResult result = null;
        String resultText = strip(f.get("lastResult"));
        if (resultText != null) {
            result = InspectionResult.parse(resultText).orElse(null);
            if (result == null) {
                v.add(at(row, "lastResult", "E7208", "equipment.result.unknown", resultText));
            }
        }
        if ((last == null) != (result == null) && !v.stream().anyMatch(x -> x.field().startsWith("last"))) {
            v.add(at(row, "lastResult", "E7209", "equipment.lastInspection.incomplete"));
        }
        if (commissioned != null && last != null && last.isBefore(commissioned)) {
            v.add(at(row, "lastInspectedOn", "E7210", "equipment.lastInspection.beforeCommissioning"));
        }
        if (!v.isEmpty()) {
            return new Outcome(null, v);
        }
        return new Outcome(new Unit(registration, kind, user, strip(f.get("maintenanceUnit")), division,
                commissioned, level, last, result), List.of());
    }

    private LocalDate date(Map<String, String> f, String field, boolean required, int row, List<FieldViolation> v) {
        String text = strip(f.get(field));
        if (text == null) {
            if (required) {
                v.add(at(row, field, "E7206", "equipment.date.required"));
            }
            return null;
        }
        LocalDate d = null;
        for (DateTimeFormatter format : new DateTimeFormatter[] {DASHED, SLASHED, DOTTED, DateTimeFormatter.BASIC_ISO_DATE}) {
            try {
                d = LocalDate.parse(text, format);
                break;
            } catch (DateTimeParseException ignored) {
                // try the next way of writing a date
            }
        }
        if (d == null) {
            v.add(at(row, field, "E7211", "equipment.date.format", text));
        } else if (d.isAfter(today)) {
            v.add(at(row, field, "E7212", "equipment.date.future", text));
            d = null;
        }
        return d;
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static FieldViolation at(int row, String field, String code, String key, Object... args) {
        return new FieldViolation(row, field, new Violation(code, key, args));
    }
}
