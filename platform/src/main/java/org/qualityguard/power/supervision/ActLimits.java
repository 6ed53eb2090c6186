package org.qualityguard.power.supervision;

import java.util.Optional;

import org.qualityguard.power.ItemContent;
import org.qualityguard.shared.clock.TimeLimit;

/**
 * The time limit an act of an item runs on: the promised limit (承诺时限) where the item promises one, since that is
 * what the public was told and what electronic supervision holds the unit to, else the statutory limit. The most it
 * may be extended is the item's (the law's: a licence ten working days with the approval of the head of the organ,
 * 《行政许可法》第四十二条; a penalty case thirty days; a seizure thirty days): a promised limit keeps the statutory
 * limit's extension where it names none, counted alike. None where the item sets no limit.
 */
public final class ActLimits {

    /** The limit and which of the item's limits it is. */
    public record ActLimit(TimeLimit limit, Source source) {
    }

    public enum Source { PROMISED, STATUTORY }

    private ActLimits() {
    }

    public static Optional<ActLimit> of(ItemContent item) {
        TimeLimit statutory = item.statutoryLimit();
        TimeLimit promised = item.promisedLimit();
        if (promised != null) {
            int maximum = promised.maximumExtension() == 0 && statutory != null
                    && statutory.count() == promised.count() ? statutory.maximumExtension()
                    : promised.maximumExtension();
            return Optional.of(new ActLimit(new TimeLimit(promised.days(), promised.count(), maximum),
                    Source.PROMISED));
        }
        return Optional.ofNullable(statutory).map(s -> new ActLimit(s, Source.STATUTORY));
    }
}
