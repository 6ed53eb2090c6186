package org.qualityguard.power.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.qualityguard.power.DiscretionRange;
import org.qualityguard.power.ItemContent;
import org.qualityguard.power.LegalBasis;
import org.qualityguard.power.PowerType;
import org.qualityguard.shared.clock.TimeLimit;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.Violation;

/** What a drafted item must say before it can go to legal review; each rule with its code (E4110–E4122). */
public final class ItemRules {

    /** A province's item code: letters, digits and hyphens, e.g. XK-TZSB-001. */
    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,39}");
    private static final int MAX_DAYS = 3650;

    private ItemRules() {
    }

    /** Every broken rule of the content, located by field (row 0: the caller places them in a file). */
    public static List<FieldViolation> check(ItemContent c) {
        List<FieldViolation> faults = new ArrayList<>();
        if (c.code() == null || !CODE.matcher(c.code()).matches()) {
            faults.add(fault("code", "E4110", "power.item.code.invalid", String.valueOf(c.code())));
        }
        if (c.type() == null) {
            faults.add(fault("type", "E4112", "power.item.type.required"));
        }
        if (c.name() == null || c.name().strip().length() < 2 || c.name().strip().length() > 200) {
            faults.add(fault("name", "E4111", "power.item.name.length"));
        }
        if (c.legalBases().isEmpty()) {
            faults.add(fault("legalBasis", "E4113", "power.item.legalBasis.required"));
        }
        for (LegalBasis b : c.legalBases()) {
            if (b.law() == null || !b.law().matches("《[^《》]{2,80}》") || b.article() == null || b.article().isBlank()) {
                faults.add(fault("legalBasis", "E4122", "power.item.legalBasis.invalid", String.valueOf(b)));
            }
        }
        if (c.levels().isEmpty()) {
            faults.add(fault("levels", "E4114", "power.item.levels.required"));
        }
        if (c.kinds().isEmpty()) {
            faults.add(fault("kinds", "E4115", "power.item.kinds.required"));
        }
        checkDays("statutoryLimit", c.statutoryLimit(), faults);
        checkDays("promisedLimit", c.promisedLimit(), faults);
        if (c.promisedLimit() != null && c.statutoryLimit() != null && exceeds(c.promisedLimit(), c.statutoryLimit())) {
            faults.add(fault("promisedLimit", "E4117", "power.item.promised.exceeds", c.promisedLimit().days(),
                    c.statutoryLimit().days()));
        }
        if (c.type() == PowerType.PENALTY && c.discretion().isEmpty()) {
            faults.add(fault("discretion", "E4118", "power.item.discretion.required"));
        }
        for (DiscretionRange d : c.discretion()) {
            if (d.circumstance() == null || d.circumstance().isBlank() || d.range() == null || d.range().isBlank()) {
                faults.add(fault("discretion", "E4119", "power.item.discretion.incomplete"));
            }
        }
        if (c.responsibleUnit() == null || c.responsibleUnit().isBlank()) {
            faults.add(fault("responsibleUnit", "E4120", "power.item.responsibleUnit.required"));
        }
        if (c.accountability() == null || c.accountability().isBlank()) {
            faults.add(fault("accountability", "E4121", "power.item.accountability.required"));
        }
        return faults;
    }

    /** Whether the promise is longer than the law allows; only limits counted alike compare. */
    private static boolean exceeds(TimeLimit promised, TimeLimit statutory) {
        return promised.count() == statutory.count() && promised.days() > statutory.days();
    }

    private static void checkDays(String field, TimeLimit limit, List<FieldViolation> faults) {
        if (limit != null && (limit.days() > MAX_DAYS || limit.maximumExtension() > MAX_DAYS)) {
            faults.add(fault(field, "E4116", "power.item.limit.range", limit.days(), MAX_DAYS));
        }
    }

    private static FieldViolation fault(String field, String code, String key, Object... args) {
        return FieldViolation.of(field, new Violation(code, key, args));
    }
}
