package org.qualityguard.inspection;

import org.qualityguard.shared.DivisionCode;

/** An inspection bureau: decides the lots declared at its ports, and may inspect {@code capacityShare} of them. */
public record Bureau(String code, String nameZh, String nameEn, DivisionCode division, double capacityShare) {

    public String name(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
