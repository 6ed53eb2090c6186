package org.qualityguard.risk.scoring;

import org.qualityguard.risk.CellKind;
import org.qualityguard.risk.SignalKind;

/**
 * The model's inputs. The first ten are the lifts of the lot's cells over their parents (in {@link CellKind} order),
 * then recent lifts that see change before the 180-day memory does, then what the consignee × heading stream's own
 * record says unshrunk (its GB/T 2828.1 state, its decayed count of failures — a stream with five failures is not
 * explained away by a prior), then the sum of the lot's cells' effects fitted jointly (which corrects the lifts for
 * the engine choosing what it inspects; it starts at weight 0 and the refit finds it carries nearly all the weight),
 * then the warnings and the outside signals: for each {@link SignalKind}, log2(1 + the decayed strength of its signals
 * on the lot's watched cells), so that one fresh full-strength signal counts 1 and each further one a little less.
 */
public enum Feature {
    HS_CHAPTER(1.0), HS_HEADING(1.0), HS_SUBHEADING(1.0), HS_CODE(1.0), ORIGIN(1.0), CONSIGNEE(1.0),
    MANUFACTURER(1.0), HEADING_ORIGIN(1.0), CONSIGNEE_HEADING(1.0), MANUFACTURER_HEADING(1.0),
    RECENT_HEADING_ORIGIN(0.5), RECENT_CONSIGNEE(0.5), RECENT_MANUFACTURER(0.5),
    STREAM_TIGHTENED(0.5), STREAM_FAILURES(0.3), JOINT_EFFECTS(0.0),
    FIRST_IMPORT(0.3), NEW_CONSIGNEE(0.3), CONFIRMED_WARNING(1.5), YELLOW_WARNING(0.7),
    PARTNER_NOTIFICATION(1.0), COMPLAINTS(0.3), OTHER_BUREAU_RESULT(1.0);

    public static final int COUNT = values().length;
    private static final Feature[] VALUES = values();

    /** The coefficient before the first fit, and the value the ridge pulls toward: lifts add up as the hierarchy says. */
    final double prior;

    Feature(double prior) {
        this.prior = prior;
    }

    public static Feature ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    /** The feature that carries a kind of outside signal. */
    static Feature of(SignalKind kind) {
        return switch (kind) {
            case PARTNER_NOTIFICATION -> PARTNER_NOTIFICATION;
            case CONSUMER_COMPLAINT -> COMPLAINTS;
            case OTHER_BUREAU_RESULT -> OTHER_BUREAU_RESULT;
        };
    }

    static CellKind[] watched() {
        return new CellKind[] {CellKind.HEADING_ORIGIN, CellKind.CONSIGNEE, CellKind.MANUFACTURER,
            CellKind.CONSIGNEE_HEADING};
    }
}
