package org.qualityguard.equipment.domain;

/**
 * Calendar arithmetic on epoch days (days since 1970-01-01) without allocating: the bulk due-date computation
 * runs it ten million times. Results agree with {@link java.time.LocalDate#plusMonths} (the day is clamped to the
 * end of a shorter month). After Howard Hinnant's civil-from-days algorithms.
 */
public final class EpochDays {

    private EpochDays() {
    }

    /** Packs year, month and day as {@code yyyy * 10000 + mm * 100 + dd}. */
    public static int toYmd(int epochDay) {
        int z = epochDay + 719468;
        int era = (z >= 0 ? z : z - 146096) / 146097;
        int doe = z - era * 146097;
        int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        int y = yoe + era * 400;
        int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        int mp = (5 * doy + 2) / 153;
        int d = doy - (153 * mp + 2) / 5 + 1;
        int m = mp < 10 ? mp + 3 : mp - 9;
        return (m <= 2 ? y + 1 : y) * 10000 + m * 100 + d;
    }

    public static int fromYmd(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yoe = y - era * 400;
        int doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    public static int plusMonths(int epochDay, int months) {
        int ymd = toYmd(epochDay);
        int year = ymd / 10000;
        int month = ymd / 100 % 100;
        int day = ymd % 100;
        int total = year * 12 + (month - 1) + months;
        int y = Math.floorDiv(total, 12);
        int m = Math.floorMod(total, 12) + 1;
        return fromYmd(y, m, Math.min(day, lengthOfMonth(y, m)));
    }

    static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
