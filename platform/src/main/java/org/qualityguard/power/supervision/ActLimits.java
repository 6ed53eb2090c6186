package org.qualityguard.power.supervision;

import org.qualityguard.power.DayCount;
import org.qualityguard.power.ItemContent;
import org.qualityguard.power.PowerType;
import org.qualityguard.shared.clock.TimeLimit;

/**
 * The time limit an act of an item runs on: the promised limit (承诺时限) where the item promises one, since that is
 * what the public was told and what electronic supervision holds the unit to, else the statutory limit; with the most
 * the law lets it be extended. None where the item sets no limit (an inspection without a statutory period).
 *
 * <p>The maxima, by type of power: a licence, ten working days with the approval of the head of the organ
 * (《行政许可法》第四十二条); a penalty case, thirty days (《市场监督管理行政处罚程序规定》第六十四条); a seizure, thirty days
 * (《行政强制法》第二十五条); other powers none. A maximum counted in working days is not granted to a calendar-day limit
 * and the other way round: then none.
 */
public final class ActLimits {

    /** The limit and which of the item's limits it is. */
    public record ActLimit(TimeLimit limit, Source source) {
    }

    public enum Source { PROMISED, STATUTORY }

    private ActLimits() {
    }

    public static java.util.Optional<ActLimit> of(ItemContent item) {
        org.qualityguard.power.TimeLimit chosen = item.promisedLimit() != null ? item.promisedLimit()
                : item.statutoryLimit();
        if (chosen == null || chosen.days() < 1) {
            return java.util.Optional.empty();
        }
        Source source = item.promisedLimit() != null ? Source.PROMISED : Source.STATUTORY;
        TimeLimit.DayCount count = chosen.count() == DayCount.WORKING_DAYS ? TimeLimit.DayCount.WORKING_DAYS
                : TimeLimit.DayCount.CALENDAR_DAYS;
        return java.util.Optional.of(new ActLimit(new TimeLimit(chosen.days(), count,
                maximumExtension(item.type(), count)), source));
    }

    static int maximumExtension(PowerType type, TimeLimit.DayCount count) {
        return switch (type) {
            case LICENSING -> count == TimeLimit.DayCount.WORKING_DAYS ? 10 : 0;
            case PENALTY, COERCION -> count == TimeLimit.DayCount.CALENDAR_DAYS ? 30 : 0;
            default -> 0;
        };
    }
}
