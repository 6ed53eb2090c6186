package org.qualityguard.enterprise.domain;

/**
 * An enterprise as someone typed it, in a form, a JSON body or a row of a sheet: plain text, not yet checked.
 * {@code categories} separates several categories with {@code ;}, {@code |}, {@code 、} or a comma.
 */
public record EnterpriseDraft(String creditCode, String name, String categories, String foodCategory,
                              String divisionCode, String address, String legalRepresentative) {
}
