package org.qualityguard.equipment.domain;

import java.util.Arrays;
import java.util.Optional;

/** The eight kinds of special equipment of the Special Equipment Catalogue, with their catalogue codes. */
public enum EquipmentKind {
    BOILER("1000", "锅炉"),
    PRESSURE_VESSEL("2000", "压力容器"),
    ELEVATOR("3000", "电梯"),
    LIFTING_MACHINERY("4000", "起重机械"),
    PASSENGER_ROPEWAY("9000", "客运索道"),
    LARGE_AMUSEMENT_DEVICE("6000", "大型游乐设施"),
    PRESSURE_PIPING("8000", "压力管道"),
    IN_PLANT_VEHICLE("5000", "场（厂）内专用机动车辆");

    private final String code;
    private final String chineseName;

    EquipmentKind(String code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    public String code() {
        return code;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Accepts the name ({@code ELEVATOR}, any case), the catalogue code ({@code 3000}) or the Chinese name. */
    public static Optional<EquipmentKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values())
                .filter(k -> k.name().equalsIgnoreCase(t) || k.code.equals(t) || k.chineseName.equals(t))
                .findFirst();
    }
}
