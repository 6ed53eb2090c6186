package org.qualityguard.supervision.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;

/**
 * An administrator's edit of a table's numbers, as the console's form sends them: the part caps
 * ({@code staticCap}), each grade's upper bound ({@code band.B}), each grade's inspections a year
 * ({@code frequency.C.min}, {@code frequency.C.max}) and each rule's points and cap ({@code rule.7.points},
 * {@code rule.7.cap}, numbered from 0 in table order). A field left out keeps its value. Every fault is reported on
 * its own field, so the form can show it beside the input.
 */
public final class ScoringTableEdit {

    private static final Grade[] BANDED = {Grade.A, Grade.B, Grade.C};

    private final ScoringTable base;
    private final Map<String, String> values;
    private final List<FieldViolation> faults = new ArrayList<>();

    private ScoringTableEdit(ScoringTable base, Map<String, String> values) {
        this.base = base;
        this.values = values;
    }

    /** The edited table as the next version of {@code base}; a {@link ValidationException} names each bad field. */
    public static ScoringTable apply(ScoringTable base, Map<String, String> values) {
        return new ScoringTableEdit(base, values).build();
    }

    private ScoringTable build() {
        int staticCap = number("staticCap", base.staticCap());
        int dynamicCap = number("dynamicCap", base.dynamicCap());
        int[] bands = new int[3];
        for (Grade g : BANDED) {
            bands[g.ordinal()] = number("band." + g, base.upperBoundOf(g));
        }
        for (int i = 1; i < bands.length; i++) {
            if (bands[i] <= bands[i - 1] && isClean("band." + BANDED[i]) && isClean("band." + BANDED[i - 1])) {
                faults.add(FieldViolation.of("band." + BANDED[i], new Violation("E7107", "grading.table.band.order")));
            }
        }
        Map<Grade, Frequency> frequencies = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            Frequency was = base.frequencyOf(g);
            int min = number("frequency." + g + ".min", was.min());
            int max = number("frequency." + g + ".max", was.max());
            if (max < min) {
                faults.add(FieldViolation.of("frequency." + g + ".max",
                        new Violation("E7104", "grading.table.frequency.order", min, max)));
                max = min;
            }
            frequencies.put(g, new Frequency(min, max));
        }
        List<ScoringRule> rules = new ArrayList<>(base.rules().size());
        for (int i = 0; i < base.rules().size(); i++) {
            ScoringRule r = base.rules().get(i);
            rules.add(new ScoringRule(r.part(), r.factor(), r.value(), number("rule." + i + ".points", r.points()),
                    number("rule." + i + ".cap", r.cap()), r.label()));
        }
        if (!faults.isEmpty()) {
            throw new ValidationException(faults);
        }
        return new ScoringTable(base.regime(), base.version() + 1, rules, staticCap, dynamicCap, bands[0], bands[1],
                bands[2], frequencies);
    }

    private int number(String field, int current) {
        String raw = values.get(field);
        if (raw == null) {
            return current;
        }
        try {
            int n = Integer.parseInt(raw.strip());
            if (n < 0 || n > 1000) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            faults.add(FieldViolation.of(field, new Violation("E7100", "grading.table.number", raw)));
            return current;
        }
    }

    private boolean isClean(String field) {
        return faults.stream().noneMatch(f -> f.field().equals(field));
    }
}
