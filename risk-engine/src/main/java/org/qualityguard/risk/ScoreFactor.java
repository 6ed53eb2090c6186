package org.qualityguard.risk;

import java.util.List;

/**
 * One line of the scorecard: what the engine saw about a lot and how many points it added (or took away). The engine
 * speaks no language: it names what it saw by a stable message key and the values behind it, and the platform words
 * them in the reader's language.
 *
 * @param factor     a stable key for the characteristic, e.g. {@code HEADING_ORIGIN} or {@code FIRST_IMPORT}; a cell's
 *                   jointly fitted effect is counted in the line of the cell's kind, so each appears once
 * @param messageKey what the line says, one of {@link Reading#key()}
 * @param arguments  the values the message refers to, in order: a {@link Number} (a rate as a fraction, days, a
 *                   count of signals), a {@link Cell} (the cell the line is about, named by its codes),
 *                   a {@link LotCount} (a time-decayed number of lots) or a list of cells
 * @param points     the points added; the points of all factors sum to the score
 */
public record ScoreFactor(String factor, String messageKey, List<Object> arguments, int points) {

    public ScoreFactor {
        arguments = List.copyOf(arguments);
    }

    /** What a line of the scorecard can say; the arguments each reading takes are listed with it. */
    public enum Reading {
        /** the base: global rate (fraction) */
        BASE,
        /** a cell above what its parents predict: cell, days, inspected, failed, own rate, parents' rate */
        HISTORY_ABOVE,
        /** a cell at or below what its parents predict: as {@link #HISTORY_ABOVE} */
        HISTORY_BELOW,
        /** a cell's recent record worse than its long run: cell, days, inspected, failed, recent rate, long-run rate */
        RECENT_ABOVE,
        /** a cell's recent record as good as its long run or better: as {@link #RECENT_ABOVE} */
        RECENT_BELOW,
        /** the consignee × heading stream is on tightened inspection: the stream's cell */
        STREAM_TIGHTENED,
        /** the stream's failed lots: cell, days, failed */
        STREAM_FAILURES,
        /** the first lot of a subheading from an origin by a consignee: consignee, origin, subheading */
        FIRST_IMPORT,
        /** a consignee never seen before: consignee */
        NEW_CONSIGNEE,
        /** a confirmed orange or red warning: the cells warned */
        CONFIRMED_WARNING,
        /** a yellow warning: the cells warned */
        YELLOW_WARNING,
        /** partner agencies' notifications: the cells notified, how many notifications, days since the latest */
        PARTNER_NOTIFICATION,
        /** consumer complaints: the cells complained of, how many complaints, days since the latest */
        COMPLAINTS,
        /** other bureaus' results: the cells they concern, how many results, days since the latest */
        OTHER_BUREAU_RESULT;

        public String key() {
            return "risk.reading." + name();
        }
    }
}
