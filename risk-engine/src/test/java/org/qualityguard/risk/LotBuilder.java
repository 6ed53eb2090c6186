package org.qualityguard.risk;

import java.time.LocalDate;

/** Test lots with valid defaults: {@code aLot().withConsignee("C1").on(day)}. */
final class LotBuilder {

    private static int sequence;

    private String id = "T" + (++sequence);
    private LocalDate date = LocalDate.of(2025, 1, 6);
    private String hs = "0802110000";
    private String origin = "US";
    private String consignee = "C-ACME";
    private String manufacturer = "M-NUTS";

    static LotBuilder aLot() {
        return new LotBuilder();
    }

    LotBuilder withId(String value) {
        id = value;
        return this;
    }

    LotBuilder on(LocalDate value) {
        date = value;
        return this;
    }

    LotBuilder withHs(String value) {
        hs = value;
        return this;
    }

    LotBuilder from(String value) {
        origin = value;
        return this;
    }

    LotBuilder withConsignee(String value) {
        consignee = value;
        return this;
    }

    LotBuilder madeBy(String value) {
        manufacturer = value;
        return this;
    }

    Lot build() {
        return new Lot(id, date, "CIQ-NJ", Direction.IMPORT, hs, origin, consignee, manufacturer, 100, 5000);
    }
}
