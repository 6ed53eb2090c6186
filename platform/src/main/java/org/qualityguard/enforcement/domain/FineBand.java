package org.qualityguard.enforcement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The range of fine a line of an item's discretion standard allows, read from its text: "处三万元以上十万元以下罚款"
 * (30,000 to 100,000 yuan), "并处一千元以下罚款" (0 to 1,000), "货值金额一点五倍以上二点五倍以下" and "百分之五十以上一倍以下"
 * (multiples of the value of the goods, 货值金额), "等值以上" (once the value); a line that names no amount (可以不予罚款)
 * allows no fine. The bound read is the last upper bound of the line and the nearest lower bound before it, so that a
 * condition before the fine ("货值金额一万元以上的，并处货值金额十五倍以上二十倍以下罚款") is not taken for it.
 *
 * @param lower    the least fine, in yuan or as a multiple of the goods' value
 * @param upper    the greatest, likewise
 * @param multiple whether the bounds are multiples of the goods' value
 */
public record FineBand(BigDecimal lower, BigDecimal upper, boolean multiple) {

    private static final Pattern BOUND = Pattern.compile(
            "(等值|(百分之)?([零〇一二两三四五六七八九十百千万点0-9.]+)(元|倍)?)(以上|以下)");
    private static final String DIGITS = "零一二三四五六七八九";

    /** The band of the line, or a band of no fine at all when the line names no amount. */
    public static FineBand parse(String range) {
        List<Bound> bounds = new ArrayList<>();
        Matcher m = BOUND.matcher(range == null ? "" : range);
        while (m.find()) {
            boolean percent = m.group(2) != null;
            BigDecimal value;
            String unit;
            if ("等值".equals(m.group(1))) {
                value = BigDecimal.ONE;
                unit = "倍";
            } else {
                value = number(m.group(3));
                unit = percent ? "倍" : m.group(4);
                if (percent) {
                    value = value.divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP);
                }
            }
            bounds.add(new Bound(value, unit, m.group(5).equals("以上")));
        }
        int upperAt = -1;
        for (int i = 0; i < bounds.size(); i++) {
            if (!bounds.get(i).lower()) {
                upperAt = i;
            }
        }
        if (upperAt < 0) {
            return new FineBand(BigDecimal.ZERO, BigDecimal.ZERO, false);
        }
        Bound upper = bounds.get(upperAt);
        Bound lower = upperAt > 0 && bounds.get(upperAt - 1).lower() ? bounds.get(upperAt - 1) : null;
        String unit = upper.unit() != null ? upper.unit() : lower != null && lower.unit() != null ? lower.unit() : "元";
        return new FineBand(lower == null ? BigDecimal.ZERO : lower.value(), upper.value(), unit.equals("倍"));
    }

    /** The band in yuan: as it stands, or for a band of multiples, times the goods' value (null when not known). */
    public BigDecimal lowest(BigDecimal goodsValue) {
        return multiple ? times(lower, goodsValue) : lower;
    }

    public BigDecimal highest(BigDecimal goodsValue) {
        return multiple ? times(upper, goodsValue) : upper;
    }

    /** Whether the fine lies within the band (the goods' value given when the band is of multiples). */
    public boolean allows(BigDecimal fine, BigDecimal goodsValue) {
        return fine.compareTo(lowest(goodsValue)) >= 0 && fine.compareTo(highest(goodsValue)) <= 0;
    }

    private static BigDecimal times(BigDecimal factor, BigDecimal goodsValue) {
        return goodsValue == null ? null : factor.multiply(goodsValue).setScale(2, RoundingMode.HALF_UP);
    }

    /** A Chinese (or Arabic) numeral: 十五 15, 一点五 1.5, 十万 100000, 二千 2000, 三万五千 35000. */
    static BigDecimal number(String text) {
        if (text.matches("[0-9.]+")) {
            return new BigDecimal(text);
        }
        int point = text.indexOf('点');
        String whole = point < 0 ? text : text.substring(0, point);
        BigDecimal value = BigDecimal.valueOf(integer(whole));
        if (point >= 0) {
            StringBuilder fraction = new StringBuilder("0.");
            for (char c : text.substring(point + 1).toCharArray()) {
                fraction.append(digit(c));
            }
            value = value.add(new BigDecimal(fraction.toString()));
        }
        return value;
    }

    private static long integer(String text) {
        long total = 0;
        long section = 0;
        long digit = 0;
        for (char c : text.toCharArray()) {
            switch (c) {
                case '十' -> { section += (digit == 0 ? 1 : digit) * 10; digit = 0; }
                case '百' -> { section += digit * 100; digit = 0; }
                case '千' -> { section += digit * 1000; digit = 0; }
                case '万' -> { total += (section + digit) * 10_000; section = 0; digit = 0; }
                default -> digit = digit(c);
            }
        }
        return total + section + digit;
    }

    private static int digit(char c) {
        if (c == '两') {
            return 2;
        }
        if (c == '〇') {
            return 0;
        }
        int d = DIGITS.indexOf(c);
        return d >= 0 ? d : Character.digit(c, 10);
    }

    private record Bound(BigDecimal value, String unit, boolean lower) {
    }
}
