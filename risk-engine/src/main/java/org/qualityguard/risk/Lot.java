package org.qualityguard.risk;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A declared import or export lot, as the single window hands it over; nothing about its outcome.
 *
 * @param hsCode 6 to 10 digits of the Chinese tariff code; the engine reads the chapter (2), heading (4) and
 *               subheading (6) as prefixes of it
 * @param origin ISO 3166 alpha-2 country of origin
 */
public record Lot(String lotId, LocalDate declaredAt, String bureau, Direction direction, String hsCode, String origin,
                  String consignee, String manufacturer, double quantity, double valueCny) {

    public Lot {
        Objects.requireNonNull(lotId, "lotId");
        Objects.requireNonNull(declaredAt, "declaredAt");
        Objects.requireNonNull(hsCode, "hsCode");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(consignee, "consignee");
        Objects.requireNonNull(manufacturer, "manufacturer");
        if (hsCode.length() < 6 || hsCode.length() > 10) {
            throw new IllegalArgumentException("hs code must have 6 to 10 digits: " + hsCode);
        }
        for (int i = 0; i < hsCode.length(); i++) {
            if (hsCode.charAt(i) < '0' || hsCode.charAt(i) > '9') {
                throw new IllegalArgumentException("hs code must be digits only: " + hsCode);
            }
        }
    }

    public String hsChapter() {
        return hsCode.substring(0, 2);
    }

    public String hsHeading() {
        return hsCode.substring(0, 4);
    }

    public String hsSubheading() {
        return hsCode.substring(0, 6);
    }
}
