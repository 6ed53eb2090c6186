package org.qualityguard.inspection.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.qualityguard.risk.Hazard;
import org.qualityguard.risk.InspectionResult;
import org.qualityguard.risk.Outcome;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.Violation;

/**
 * What makes a result acceptable: PASS or FAIL, a hazard class exactly when it failed, a date no earlier than the
 * lot's declaration and not in the future, and measurements that name what was measured with a numeric value.
 */
public final class ResultRules {

    public static final int MAX_MEASUREMENTS = 50;

    private ResultRules() {
    }

    public sealed interface Checked permits Valid, Invalid {
    }

    public record Valid(InspectionResult result, List<Measurement> measurements) implements Checked {
    }

    public record Invalid(List<FieldViolation> violations) implements Checked {
    }

    public static Checked check(ResultDeclaration d, LocalDate declaredOn, LocalDate today) {
        List<FieldViolation> faults = new ArrayList<>();
        Outcome outcome = outcome(faults, d.outcome());
        Hazard hazard = hazard(faults, d.hazard(), outcome);
        LocalDate on = inspectedOn(faults, d.inspectedOn(), declaredOn, today);
        List<Measurement> measurements = measurements(faults, d.measurements());
        if (!faults.isEmpty()) {
            return new Invalid(faults);
        }
        return new Valid(new InspectionResult(d.lotId(), on, outcome, hazard), measurements);
    }

    private static Outcome outcome(List<FieldViolation> faults, String value) {
        String v = value == null ? "" : value.strip();
        try {
            return Outcome.valueOf(v);
        } catch (IllegalArgumentException e) {
            faults.add(FieldViolation.of("outcome", new Violation("E8203", "inspection.result.outcome.invalid", v)));
            return null;
        }
    }

    private static Hazard hazard(List<FieldViolation> faults, String value, Outcome outcome) {
        String v = value == null ? "" : value.strip();
        if (outcome == Outcome.PASS && !v.isEmpty()) {
            faults.add(FieldViolation.of("hazard", new Violation("E8204", "inspection.result.hazard.onPass", v)));
            return null;
        }
        if (outcome != Outcome.FAIL) {
            return null;
        }
        if (v.isEmpty()) {
            faults.add(FieldViolation.of("hazard", new Violation("E8204", "inspection.result.hazard.missing")));
            return null;
        }
        try {
            return Hazard.valueOf(v);
        } catch (IllegalArgumentException e) {
            faults.add(FieldViolation.of("hazard", new Violation("E8204", "inspection.result.hazard.unknown", v)));
            return null;
        }
    }

    private static LocalDate inspectedOn(List<FieldViolation> faults, String value, LocalDate declaredOn,
                                         LocalDate today) {
        String v = value == null ? "" : value.strip();
        try {
            LocalDate on = LocalDate.parse(v);
            if (on.isBefore(declaredOn) || on.isAfter(today)) {
                faults.add(FieldViolation.of("inspectedOn", new Violation("E8205",
                        "inspection.result.date.outOfRange", v, declaredOn.toString(), today.toString())));
                return null;
            }
            return on;
        } catch (DateTimeParseException e) {
            faults.add(FieldViolation.of("inspectedOn", new Violation("E8205", "inspection.result.date.invalid", v)));
            return null;
        }
    }

    private static List<Measurement> measurements(List<FieldViolation> faults, List<Measurement> given) {
        if (given.size() > MAX_MEASUREMENTS) {
            faults.add(FieldViolation.of("measurements", new Violation("E8206",
                    "inspection.result.measurements.tooMany", MAX_MEASUREMENTS)));
            return List.of();
        }
        List<Measurement> kept = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Measurement m = given.get(i);
            String field = "measurements[" + i + "]";
            if (blank(m.item()) && blank(m.value()) && blank(m.limit())) {
                continue; // an empty row of the form
            }
            if (blank(m.item())) {
                faults.add(FieldViolation.of(field + ".item", new Violation("E8206",
                        "inspection.result.measurement.item")));
            }
            if (!number(m.value()) || !(blank(m.limit()) || number(m.limit()))) {
                faults.add(FieldViolation.of(field + ".value", new Violation("E8206",
                        "inspection.result.measurement.number", String.valueOf(m.value()), String.valueOf(m.limit()))));
            }
            kept.add(new Measurement(strip(m.item()), strip(m.value()), strip(m.unit()), strip(m.limit()),
                    strip(m.standard())));
        }
        return kept;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static boolean number(String s) {
        if (blank(s)) {
            return false;
        }
        try {
            new BigDecimal(s.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
