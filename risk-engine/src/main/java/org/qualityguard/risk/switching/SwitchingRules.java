package org.qualityguard.risk.switching;

import static org.qualityguard.risk.SwitchingState.DISCONTINUED;
import static org.qualityguard.risk.SwitchingState.NORMAL;
import static org.qualityguard.risk.SwitchingState.REDUCED;
import static org.qualityguard.risk.SwitchingState.TIGHTENED;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.qualityguard.risk.SwitchingState;

/**
 * The switching table and the per-stream counters it is judged on, kept in primitive arrays by stream id
 * (the consignee × HS heading cell id).
 *
 * <p>Counters: the last five results as a bit window, the run of consecutive accepts, the rejects since entering
 * tightened, and the longest gap between results in the current accepted run (GB/T 2828.1 asks for "production at a
 * steady rate" before reducing; a stream that pauses for months has not earned reduced inspection).
 */
public final class SwitchingRules {

    public static final List<Transition> TABLE = List.of(
            new Transition(NORMAL, Trigger.TWO_OF_FIVE_REJECTED, TIGHTENED, "InspectionTightened"),
            new Transition(NORMAL, Trigger.TEN_CONSECUTIVE_ACCEPTED_STEADY, REDUCED, "InspectionReduced"),
            new Transition(TIGHTENED, Trigger.FIVE_REJECTED_WHILE_TIGHTENED, DISCONTINUED, "InspectionDiscontinued"),
            new Transition(TIGHTENED, Trigger.FIVE_CONSECUTIVE_ACCEPTED, NORMAL, "InspectionNormalised"),
            new Transition(REDUCED, Trigger.ONE_REJECTED, NORMAL, "InspectionNormalised"),
            new Transition(REDUCED, Trigger.SUPPLY_BECAME_IRREGULAR, NORMAL, "InspectionNormalised"),
            new Transition(DISCONTINUED, Trigger.CORRECTIVE_ACTION_ACCEPTED, TIGHTENED, "InspectionResumed"));

    /**
     * The most days between results that still counts as steady supply: a longer gap bars reduction, and on reduced
     * inspection it means supply has become irregular (GB/T 2828.1 §9.3.3 c), which returns the stream to normal.
     */
    public static final int STEADY_SUPPLY_MAX_GAP_DAYS = 60;

    private byte[] state = new byte[1024];
    private byte[] window = new byte[1024];
    private byte[] windowSize = new byte[1024];
    private int[] accepted = new int[1024];
    private byte[] rejectedTightened = new byte[1024];
    private int[] lastDay = new int[1024];
    private int[] runMaxGap = new int[1024];
    private int[] since = new int[1024];

    public SwitchingState state(int stream) {
        return stream < state.length ? SwitchingState.ofOrdinal(state[stream]) : NORMAL;
    }

    /**
     * The severity a lot of the stream arriving on {@code day} is inspected at: a reduced stream whose last result is
     * further back than steady supply allows is inspected at normal severity already, before its result returns it
     * there for good.
     */
    public SwitchingState stateOn(int stream, int day) {
        SwitchingState current = state(stream);
        return current == REDUCED && supplyIrregular(stream, day) ? NORMAL : current;
    }

    private boolean supplyIrregular(int stream, int day) {
        return recorded(stream) && day - lastDay[stream] > STEADY_SUPPLY_MAX_GAP_DAYS;
    }

    /** Whether any inspected lot of the stream was recorded (day 0, 1970-01-01, is no inspection day). */
    public boolean recorded(int stream) {
        return stream < lastDay.length && lastDay[stream] != 0;
    }

    public int sinceDay(int stream) {
        return stream < since.length ? since[stream] : 0;
    }

    /** Records an inspected lot of the stream; returns the transition taken, if any. */
    public Optional<Transition> record(int stream, int day, boolean rejected) {
        ensure(stream);
        if (state(stream) == REDUCED && supplyIrregular(stream, day)) {
            // the lot after the gap opens the new normal run: no run it starts can switch again on its first lot
            Optional<Transition> normalised = apply(stream, REDUCED, Trigger.SUPPLY_BECAME_IRREGULAR, day);
            record(stream, day, rejected);
            return normalised;
        }
        int w = ((window[stream] << 1) | (rejected ? 1 : 0)) & 0x1F;
        window[stream] = (byte) w;
        windowSize[stream] = (byte) Math.min(5, windowSize[stream] + 1);
        if (rejected) {
            accepted[stream] = 0;
            runMaxGap[stream] = 0;
        } else {
            if (accepted[stream] > 0) {
                runMaxGap[stream] = Math.max(runMaxGap[stream], day - lastDay[stream]);
            }
            accepted[stream]++;
        }
        lastDay[stream] = day;
        SwitchingState current = state(stream);
        if (current == TIGHTENED && rejected) {
            rejectedTightened[stream]++;
        }
        Trigger trigger = triggerFor(stream, current, rejected);
        return trigger == null ? Optional.empty() : apply(stream, current, trigger, day);
    }

    /** The bureau accepted the supplier's corrective action: a discontinued stream resumes, tightened. */
    public Optional<Transition> correctiveActionAccepted(int stream, int day) {
        ensure(stream);
        return apply(stream, state(stream), Trigger.CORRECTIVE_ACTION_ACCEPTED, day);
    }

    private Trigger triggerFor(int stream, SwitchingState current, boolean rejected) {
        return switch (current) {
            case NORMAL -> rejected && Integer.bitCount(window[stream] & 0x1F) >= 2 ? Trigger.TWO_OF_FIVE_REJECTED
                    : !rejected && accepted[stream] >= 10 && runMaxGap[stream] <= STEADY_SUPPLY_MAX_GAP_DAYS
                    ? Trigger.TEN_CONSECUTIVE_ACCEPTED_STEADY : null;
            case TIGHTENED -> rejected && rejectedTightened[stream] >= 5 ? Trigger.FIVE_REJECTED_WHILE_TIGHTENED
                    : !rejected && accepted[stream] >= 5 ? Trigger.FIVE_CONSECUTIVE_ACCEPTED : null;
            case REDUCED -> rejected ? Trigger.ONE_REJECTED : null;
            case DISCONTINUED -> null;
        };
    }

    private Optional<Transition> apply(int stream, SwitchingState current, Trigger trigger, int day) {
        for (Transition t : TABLE) {
            if (t.from() == current && t.trigger() == trigger) {
                state[stream] = (byte) t.to().ordinal();
                since[stream] = day;
                // each state judges its own run: counters restart on entry
                window[stream] = 0;
                windowSize[stream] = 0;
                accepted[stream] = 0;
                runMaxGap[stream] = 0;
                rejectedTightened[stream] = 0;
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private void ensure(int stream) {
        if (stream >= state.length) {
            int n = Math.max(stream + 1, state.length + (state.length >> 1));
            state = Arrays.copyOf(state, n);
            window = Arrays.copyOf(window, n);
            windowSize = Arrays.copyOf(windowSize, n);
            accepted = Arrays.copyOf(accepted, n);
            rejectedTightened = Arrays.copyOf(rejectedTightened, n);
            lastDay = Arrays.copyOf(lastDay, n);
            runMaxGap = Arrays.copyOf(runMaxGap, n);
            since = Arrays.copyOf(since, n);
        }
    }
}
