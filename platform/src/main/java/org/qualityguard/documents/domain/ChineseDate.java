package org.qualityguard.documents.domain;

import java.time.LocalDate;

/**
 * A date as official documents write it under the seal (GB/T 9704): the year digit by digit with 〇 for zero, the
 * month and day as numbers in words without a leading 一 for ten (十二月, 二十日, 三十一日): 二〇二六年十二月二日.
 */
public final class ChineseDate {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseDate() {
    }

    public static String of(LocalDate date) {
        StringBuilder text = new StringBuilder();
        String year = Integer.toString(date.getYear());
        for (int i = 0; i < year.length(); i++) {
            text.append(DIGITS.charAt(year.charAt(i) - '0'));
        }
        return text.append('年').append(number(date.getMonthValue())).append('月')
                .append(number(date.getDayOfMonth())).append('日').toString();
    }

    /** 1–31 in words: 二, 十, 十二, 二十, 二十一, 三十一. */
    static String number(int n) {
        if (n < 1 || n > 31) {
            throw new IllegalArgumentException("not a month or day: " + n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
    }
}
