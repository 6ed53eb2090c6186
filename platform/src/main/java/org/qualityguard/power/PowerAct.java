package org.qualityguard.power;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a use case method that exercises an administrative power: an inspection, a sampling task, a case, a licence,
 * a coercive measure. Such a method must pass {@link PowerGuard#authorise} before it changes anything; an
 * architecture test fails when one does not call the guard. {@code value} says which act it is, in a word.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PowerAct {
    String value();
}
