package org.qualityguard.power;

import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;

/** An act refused by the guard: the violation names the item and why (E4100–E4107). Nothing was written. */
public class PowerRefused extends ValidationException {

    public PowerRefused(FieldViolation violation) {
        super(violation);
    }
}
