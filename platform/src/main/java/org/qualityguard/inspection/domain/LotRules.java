package org.qualityguard.inspection.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.qualityguard.risk.Direction;
import org.qualityguard.risk.Lot;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.HsCode;
import org.qualityguard.shared.Violation;

/**
 * What makes a declared lot acceptable: every field present, an HS code of 6, 8 or 10 digits of an existing chapter
 * (a 13-digit declaration code has its CIQ suffix split off), an ISO 3166-1 alpha-2 origin, a known bureau, a date, non-negative quantity and value. Nothing is guessed: a lot with any fault is refused
 * with one violation per faulty field.
 */
public final class LotRules {

    public static final int MAX_ID_LENGTH = 64;
    private static final Pattern LOT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");
    private static final int MAX_NAME_LENGTH = 200;

    private final Set<String> countries;
    private final Predicate<String> knownBureau;

    public LotRules(Set<String> countries, Predicate<String> knownBureau) {
        this.countries = Set.copyOf(countries);
        this.knownBureau = knownBureau;
    }

    /** The checked lot, or the list of what is wrong with it (never both). */
    public sealed interface Checked permits Valid, Invalid {
    }

    public record Valid(Lot lot) implements Checked {
    }

    public record Invalid(List<FieldViolation> violations) implements Checked {
    }

    public Checked check(LotDeclaration d) {
        List<FieldViolation> faults = new ArrayList<>();
        String lotId = required(faults, "lotId", d.lotId());
        if (lotId != null && (lotId.length() > MAX_ID_LENGTH || !LOT_ID.matcher(lotId).matches())) {
            faults.add(FieldViolation.of("lotId", new Violation("E8110", "inspection.lot.id.invalid", lotId,
                    MAX_ID_LENGTH)));
        }
        LocalDate declaredAt = date(faults, "declaredAt", d.declaredAt());
        String bureau = required(faults, "bureau", d.bureau());
        if (bureau != null && !knownBureau.test(bureau)) {
            faults.add(FieldViolation.of("bureau", new Violation("E8104", "inspection.lot.bureau.unknown", bureau)));
        }
        Direction direction = direction(faults, d.direction());
        String hs = required(faults, "hsCode", d.hsCode());
        if (hs != null) {
            Optional<Violation> invalid = HsCode.checkRaw(hs);
            if (invalid.isPresent()) {
                // the lot API's code stays E8102; the message says what exactly is wrong with the code
                faults.add(FieldViolation.of("hsCode", new Violation("E8102", invalid.get().messageKey(),
                        invalid.get().arguments())));
            } else {
                hs = HsCode.parse(hs).value();
            }
        }
        String origin = required(faults, "origin", d.origin());
        if (origin != null && !countries.contains(origin)) {
            faults.add(FieldViolation.of("origin", new Violation("E8103", "inspection.lot.origin.invalid", origin)));
        }
        String consignee = name(faults, "consignee", d.consignee());
        String manufacturer = name(faults, "manufacturer", d.manufacturer());
        BigDecimal quantity = amount(faults, "quantity", d.quantity());
        BigDecimal value = amount(faults, "valueCny", d.valueCny());
        if (!faults.isEmpty()) {
            return new Invalid(faults);
        }
        return new Valid(new Lot(lotId, declaredAt, bureau, direction, hs, origin, consignee, manufacturer,
                quantity.doubleValue(), value.doubleValue()));
    }

    private static String required(List<FieldViolation> faults, String field, String value) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            faults.add(FieldViolation.of(field, new Violation("E8101", "inspection.lot.missing", field)));
            return null;
        }
        return v;
    }

    private static String name(List<FieldViolation> faults, String field, String value) {
        String v = required(faults, field, value);
        if (v != null && v.length() > MAX_NAME_LENGTH) {
            faults.add(FieldViolation.of(field, new Violation("E8112", "inspection.lot.name.tooLong", field,
                    MAX_NAME_LENGTH)));
        }
        return v;
    }

    private static LocalDate date(List<FieldViolation> faults, String field, String value) {
        String v = required(faults, field, value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            faults.add(FieldViolation.of(field, new Violation("E8106", "inspection.lot.date.invalid", v)));
            return null;
        }
    }

    private static Direction direction(List<FieldViolation> faults, String value) {
        String v = required(faults, "direction", value);
        if (v == null) {
            return null;
        }
        try {
            return Direction.valueOf(v);
        } catch (IllegalArgumentException e) {
            faults.add(FieldViolation.of("direction", new Violation("E8105", "inspection.lot.direction.invalid", v)));
            return null;
        }
    }

    private static BigDecimal amount(List<FieldViolation> faults, String field, String value) {
        String v = required(faults, field, value);
        if (v == null) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(v);
            if (amount.signum() >= 0) {
                return amount;
            }
        } catch (NumberFormatException e) {
            // reported below, like a negative amount
        }
        faults.add(FieldViolation.of(field, new Violation("E8107", "inspection.lot.amount.invalid", field, v)));
        return null;
    }
}
