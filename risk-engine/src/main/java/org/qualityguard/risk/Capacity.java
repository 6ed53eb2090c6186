package org.qualityguard.risk;

/** How many lots of a period may be inspected: a fixed count or a share of the declared lots. */
public sealed interface Capacity {

    int lotsFor(int declared);

    static Capacity share(double share) {
        return new Share(share);
    }

    static Capacity count(int lots) {
        return new Count(lots);
    }

    record Share(double share) implements Capacity {
        public Share {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("capacity share must be within [0, 1]: " + share);
            }
        }

        @Override
        public int lotsFor(int declared) {
            return (int) Math.round(share * declared);
        }
    }

    record Count(int lots) implements Capacity {
        public Count {
            if (lots < 0) {
                throw new IllegalArgumentException("capacity must not be negative: " + lots);
            }
        }

        @Override
        public int lotsFor(int declared) {
            return Math.min(lots, declared);
        }
    }
}
