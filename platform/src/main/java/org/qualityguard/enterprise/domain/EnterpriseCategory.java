package org.qualityguard.enterprise.domain;

import java.util.Arrays;
import java.util.Optional;

/** The supervision regimes an enterprise falls under; one enterprise may fall under several. */
public enum EnterpriseCategory {
    FOOD_PRODUCER("食品生产企业"),
    SPECIAL_EQUIPMENT_USER("特种设备使用单位"),
    SPECIAL_EQUIPMENT_MAINTENANCE("特种设备维保单位"),
    SPECIAL_EQUIPMENT_MANUFACTURER("特种设备制造单位"),
    IMPORTER_EXPORTER("进出口企业");

    private final String chineseName;

    EnterpriseCategory(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Accepts the code ({@code FOOD_PRODUCER}, any case) or the Chinese name, as people type them in a sheet. */
    public static Optional<EnterpriseCategory> parse(String text) {
        String t = text.strip();
        return Arrays.stream(values())
                .filter(c -> c.name().equalsIgnoreCase(t) || c.chineseName.equals(t))
                .findFirst();
    }
}
