package org.qualityguard.supervision.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;

/**
 * A versioned scoring table: the rules that turn an enterprise's profile into static and dynamic points, the caps
 * of each part, the upper bound of each grade's band and the inspections a year each grade requires. It is data:
 * an administrator edits it as text (one line per entry, see {@link #parse}) and every saved edit is a new version.
 * The national rules for food producers (2016) put static risk at up to 40 points and dynamic at up to 60; a total
 * up to 30 is A, up to 45 B, up to 60 C, above 60 D.
 */
public final class ScoringTable {

    private final Regime regime;
    private final int version;
    private final List<ScoringRule> rules;
    private final int staticCap;
    private final int dynamicCap;
    private final int[] upperBounds;
    private final Map<Grade, Frequency> frequencies;
    // The rules split by kind, so that scoring is two array walks and a map lookup per rule.
    private final String[] factors;
    private final String[] values;
    private final int[] points;
    private final int[] caps;
    private final boolean[] dynamic;

    public ScoringTable(Regime regime, int version, List<ScoringRule> rules, int staticCap, int dynamicCap,
                        int aMax, int bMax, int cMax, Map<Grade, Frequency> frequencies) {
        this.regime = Objects.requireNonNull(regime);
        this.version = version;
        this.rules = List.copyOf(rules);
        this.staticCap = staticCap;
        this.dynamicCap = dynamicCap;
        this.upperBounds = new int[] {aMax, bMax, cMax};
        this.frequencies = new EnumMap<>(frequencies);
        int n = this.rules.size();
        factors = new String[n];
        values = new String[n];
        points = new int[n];
        caps = new int[n];
        dynamic = new boolean[n];
        for (int i = 0; i < n; i++) {
            ScoringRule r = this.rules.get(i);
            factors[i] = r.factor();
            values[i] = r.counted() ? null : r.value();
            points[i] = r.points();
            caps[i] = r.cap() <= 0 ? Integer.MAX_VALUE : r.cap();
            dynamic[i] = r.part() == ScoringRule.Part.DYNAMIC;
        }
    }

    public Regime regime() {
        return regime;
    }

    public int version() {
        return version;
    }

    public List<ScoringRule> rules() {
        return rules;
    }

    public int staticCap() {
        return staticCap;
    }

    public int dynamicCap() {
        return dynamicCap;
    }

    public Frequency frequencyOf(Grade grade) {
        return frequencies.get(grade);
    }

    /** The upper bound of a grade's band (inclusive); D has none. */
    public int upperBoundOf(Grade grade) {
        return grade == Grade.D ? Integer.MAX_VALUE : upperBounds[grade.ordinal()];
    }

    public Grade gradeOf(int total) {
        if (total <= upperBounds[0]) {
            return Grade.A;
        }
        if (total <= upperBounds[1]) {
            return Grade.B;
        }
        return total <= upperBounds[2] ? Grade.C : Grade.D;
    }

    /** Applies the table: the points each rule added, each part capped, the total and its grade. */
    public Scoring score(GradingProfile profile) {
        int[] added = new int[factors.length];
        int staticSum = 0;
        int dynamicSum = 0;
        for (int i = 0; i < factors.length; i++) {
            int p;
            if (values[i] == null) {
                long each = (long) profile.countOf(factors[i]) * points[i];
                p = (int) Math.min(each, caps[i]);
            } else {
                p = values[i].equals(profile.factOf(factors[i])) ? Math.min(points[i], caps[i]) : 0;
            }
            added[i] = p;
            if (dynamic[i]) {
                dynamicSum += p;
            } else {
                staticSum += p;
            }
        }
        int s = Math.min(staticSum, staticCap);
        int d = Math.min(dynamicSum, dynamicCap);
        return new Scoring(this, s, d, gradeOf(s + d), added);
    }

    /** The table as the text an administrator edits; {@link #parse} reads it back to an equal table. */
    public String text() {
        StringBuilder b = new StringBuilder();
        b.append("# part,factor,value,points,cap,label — value * counts each occurrence; cap 0 = none\n");
        b.append("STATIC_CAP,").append(staticCap).append('\n');
        b.append("DYNAMIC_CAP,").append(dynamicCap).append('\n');
        for (Grade g : new Grade[] {Grade.A, Grade.B, Grade.C}) {
            b.append("BAND,").append(g).append(',').append(upperBoundOf(g)).append('\n');
        }
        for (Grade g : Grade.values()) {
            Frequency f = frequencies.get(g);
            b.append("FREQUENCY,").append(g).append(',').append(f.min()).append(',').append(f.max()).append('\n');
        }
        for (ScoringRule r : rules) {
            b.append(r.part()).append(',').append(r.factor()).append(',').append(r.value()).append(',')
                    .append(r.points()).append(',').append(r.cap()).append(',')
                    .append(r.label() == null ? "" : r.label()).append('\n');
        }
        return b.toString();
    }

    /**
     * Reads a table from its text. Every line is checked and every fault is reported with its line number, so an
     * administrator sees all mistakes at once: unknown entries, non-numbers, bands out of order, a grade without a
     * band or frequency.
     */
    public static ScoringTable parse(Regime regime, int version, String text) {
        List<FieldViolation> faults = new ArrayList<>();
        List<ScoringRule> rules = new ArrayList<>();
        Integer staticCap = null;
        Integer dynamicCap = null;
        Integer[] bands = new Integer[3];
        Map<Grade, Frequency> frequencies = new EnumMap<>(Grade.class);
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            int row = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",", -1);
            for (int k = 0; k < f.length; k++) {
                f[k] = f[k].strip();
            }
            try {
                switch (f[0]) {
                    case "STATIC_CAP" -> staticCap = number(f, 1, row);
                    case "DYNAMIC_CAP" -> dynamicCap = number(f, 1, row);
                    case "BAND" -> {
                        Grade g = grade(f, row);
                        if (g == Grade.D) {
                            throw fault(row, "E7103", "grading.table.band.d");
                        }
                        bands[g.ordinal()] = number(f, 2, row);
                    }
                    case "FREQUENCY" -> {
                        Grade g = grade(f, row);
                        int min = number(f, 2, row);
                        int max = number(f, 3, row);
                        if (max < min) {
                            throw fault(row, "E7104", "grading.table.frequency.order", min, max);
                        }
                        frequencies.put(g, new Frequency(min, max));
                    }
                    case "STATIC", "DYNAMIC" -> {
                        if (f.length < 4 || f[1].isEmpty() || f[2].isEmpty()) {
                            throw fault(row, "E7101", "grading.table.line", line);
                        }
                        rules.add(new ScoringRule(ScoringRule.Part.valueOf(f[0]), f[1], f[2], number(f, 3, row),
                                f.length > 4 && !f[4].isEmpty() ? number(f, 4, row) : 0,
                                f.length > 5 ? String.join(",", java.util.Arrays.copyOfRange(f, 5, f.length)) : ""));
                    }
                    default -> throw fault(row, "E7101", "grading.table.line", line);
                }
            } catch (LineFault e) {
                faults.add(e.violation);
            }
        }
        if (staticCap == null || dynamicCap == null) {
            faults.add(new FieldViolation(0, "table", new Violation("E7105", "grading.table.caps.missing")));
        }
        for (Grade g : new Grade[] {Grade.A, Grade.B, Grade.C}) {
            if (bands[g.ordinal()] == null) {
                faults.add(new FieldViolation(0, "table", new Violation("E7106", "grading.table.band.missing", g)));
            }
        }
        if (bands[0] != null && bands[1] != null && bands[2] != null
                && !(bands[0] < bands[1] && bands[1] < bands[2])) {
            faults.add(new FieldViolation(0, "table", new Violation("E7107", "grading.table.band.order")));
        }
        for (Grade g : Grade.values()) {
            if (!frequencies.containsKey(g)) {
                faults.add(new FieldViolation(0, "table",
                        new Violation("E7108", "grading.table.frequency.missing", g)));
            }
        }
        if (!faults.isEmpty()) {
            throw new ValidationException(faults);
        }
        return new ScoringTable(regime, version, rules, staticCap, dynamicCap, bands[0], bands[1], bands[2],
                frequencies);
    }

    private static Grade grade(String[] f, int row) {
        if (f.length < 2) {
            throw fault(row, "E7101", "grading.table.line", String.join(",", f));
        }
        try {
            return Grade.valueOf(f[1]);
        } catch (IllegalArgumentException e) {
            throw fault(row, "E7102", "grading.table.grade", f[1]);
        }
    }

    private static int number(String[] f, int index, int row) {
        if (f.length <= index) {
            throw fault(row, "E7101", "grading.table.line", String.join(",", f));
        }
        try {
            int n = Integer.parseInt(f[index]);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw fault(row, "E7100", "grading.table.number", f[index]);
        }
    }

    private static LineFault fault(int row, String code, String key, Object... args) {
        return new LineFault(new FieldViolation(row, "table", new Violation(code, key, args)));
    }

    private static final class LineFault extends RuntimeException {
        final FieldViolation violation;

        LineFault(FieldViolation violation) {
            super(null, null, false, false);
            this.violation = violation;
        }
    }
}
