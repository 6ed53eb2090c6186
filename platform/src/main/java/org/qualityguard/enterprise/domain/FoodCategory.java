package org.qualityguard.enterprise.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The food categories of the food production licence catalogue (食品生产许可分类目录), numbered as the
 * catalogue numbers them; a food producer is licensed for, and graded by, its category.
 */
public enum FoodCategory {
    GRAIN_PRODUCTS("01", "粮食加工品"),
    EDIBLE_OILS("02", "食用油、油脂及其制品"),
    CONDIMENTS("03", "调味品"),
    MEAT_PRODUCTS("04", "肉制品"),
    DAIRY_PRODUCTS("05", "乳制品"),
    BEVERAGES("06", "饮料"),
    CONVENIENCE_FOODS("07", "方便食品"),
    BISCUITS("08", "饼干"),
    CANNED_FOODS("09", "罐头"),
    FROZEN_DRINKS("10", "冷冻饮品"),
    QUICK_FROZEN_FOODS("11", "速冻食品"),
    POTATO_AND_PUFFED_FOODS("12", "薯类和膨化食品"),
    CONFECTIONERY("13", "糖果制品"),
    TEA("14", "茶叶及相关制品"),
    ALCOHOLIC_DRINKS("15", "酒类"),
    VEGETABLE_PRODUCTS("16", "蔬菜制品"),
    FRUIT_PRODUCTS("17", "水果制品"),
    ROASTED_NUTS_AND_SEEDS("18", "炒货食品及坚果制品"),
    EGG_PRODUCTS("19", "蛋制品"),
    COCOA_AND_COFFEE("20", "可可及焙烤咖啡产品"),
    SUGAR("21", "食糖"),
    AQUATIC_PRODUCTS("22", "水产制品"),
    STARCH_PRODUCTS("23", "淀粉及淀粉制品"),
    PASTRIES("24", "糕点"),
    SOY_PRODUCTS("25", "豆制品"),
    BEE_PRODUCTS("26", "蜂产品"),
    HEALTH_FOODS("27", "保健食品"),
    FOODS_FOR_SPECIAL_MEDICAL_PURPOSES("28", "特殊医学用途配方食品"),
    INFANT_FORMULA("29", "婴幼儿配方食品"),
    FOODS_FOR_SPECIAL_DIETARY_USES("30", "特殊膳食食品"),
    OTHER_FOODS("31", "其他食品");

    private final String number;
    private final String chineseName;

    FoodCategory(String number, String chineseName) {
        this.number = number;
        this.chineseName = chineseName;
    }

    public String number() {
        return number;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Accepts the catalogue number ({@code 05} or {@code 5}), the code or the Chinese name. */
    public static Optional<FoodCategory> parse(String text) {
        String t = text.strip();
        String number = t.matches("\\d{1,2}") ? (t.length() == 1 ? "0" + t : t) : null;
        return Arrays.stream(values())
                .filter(c -> c.number.equals(number) || c.name().equalsIgnoreCase(t) || c.chineseName.equals(t))
                .findFirst();
    }
}
