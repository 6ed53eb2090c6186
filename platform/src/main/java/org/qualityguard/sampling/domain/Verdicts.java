package org.qualityguard.sampling.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;

/**
 * Judges a sample's measured values against the standards table: each item against the limit in force on the
 * sampling date for what was sampled (the latest version of that row), the sample against all of its items (it fails
 * if any item fails). A result that cannot be judged is refused, never guessed: an item the standard does not have
 * (E4321), no limit of it in force on the date (E4322), a value in another unit than the limit's (E4320).
 */
public final class Verdicts {

    /** A measured value (or {@code null}: not detected) of an item, by the family of a standard ({@code GB 2762}). */
    public record Measurement(String standard, String item, BigDecimal value, String unit) {
    }

    /** One item's verdict with the limit that decided it. */
    public record ItemVerdict(Measurement measurement, StandardLimit limit, boolean conforms) {
    }

    /** The sample's verdict: it conforms when every item does. */
    public record SampleVerdict(List<ItemVerdict> items, boolean conforms) {

        public List<ItemVerdict> failed() {
            return items.stream().filter(i -> !i.conforms()).toList();
        }
    }

    private final List<StandardLimit> table;

    public Verdicts(List<StandardLimit> table) {
        this.table = List.copyOf(table);
    }

    /** The verdict on one item; refused (with the field {@code item}, {@code unit}) when it cannot be judged. */
    public ItemVerdict judge(Measurement m, String appliesTo, LocalDate sampledOn) {
        StandardLimit limit = limitFor(m, appliesTo, sampledOn);
        return new ItemVerdict(m, limit, limit.comparison().conforms(m.value(), limit.limit()));
    }

    /** The sample's verdict; every item that cannot be judged is named, and none is judged then. */
    public SampleVerdict judgeSample(List<Measurement> measurements, String appliesTo, LocalDate sampledOn) {
        if (measurements.isEmpty()) {
            throw new ValidationException(FieldViolation.of("item", SamplingError.NO_MEASUREMENT.violation()));
        }
        List<ItemVerdict> items = new ArrayList<>();
        List<FieldViolation> faults = new ArrayList<>();
        for (int i = 0; i < measurements.size(); i++) {
            try {
                items.add(judge(measurements.get(i), appliesTo, sampledOn));
            } catch (ValidationException e) {
                int row = i + 1;
                e.violations().forEach(v -> faults.add(v.atRow(row)));
            }
        }
        if (!faults.isEmpty()) {
            throw new ValidationException(faults);
        }
        return new SampleVerdict(items, items.stream().allMatch(ItemVerdict::conforms));
    }

    private StandardLimit limitFor(Measurement m, String appliesTo, LocalDate day) {
        List<StandardLimit> ofItem = table.stream()
                .filter(l -> l.family().equals(StandardLimit.familyOf(m.standard())) && l.item().equals(m.item())
                        && l.appliesTo().equals(appliesTo))
                .toList();
        if (ofItem.isEmpty()) {
            throw new ValidationException(FieldViolation.of("item",
                    SamplingError.ITEM_NOT_IN_STANDARD.violation(m.item(), m.standard(), appliesTo)));
        }
        Optional<StandardLimit> inForce = ofItem.stream().filter(l -> l.inForceOn(day))
                .max(Comparator.comparingInt(StandardLimit::version));
        if (inForce.isEmpty()) {
            throw new ValidationException(FieldViolation.of("sampledOn",
                    SamplingError.NO_LIMIT_IN_FORCE.violation(m.item(), m.standard(), day.toString())));
        }
        StandardLimit limit = inForce.get();
        if (m.value() != null && !sameUnit(limit.unit(), m.unit())) {
            throw new ValidationException(FieldViolation.of("unit",
                    SamplingError.UNIT_MISMATCH.violation(m.item(), String.valueOf(m.unit()), limit.unit())));
        }
        return limit;
    }

    private static boolean sameUnit(String a, String b) {
        return b != null && a.replace(" ", "").equalsIgnoreCase(b.replace(" ", ""));
    }
}
