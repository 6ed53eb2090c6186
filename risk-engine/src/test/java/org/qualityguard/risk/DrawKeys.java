package org.qualityguard.risk;

import java.util.SplittableRandom;

/** Draw keys for tests: {@code aKey(7)} is the same secret in every run, and differs from {@code aKey(8)}. */
final class DrawKeys {

    private DrawKeys() {
    }

    static DrawKey aKey(long n) {
        byte[] secret = new byte[DrawKey.SECRET_BYTES];
        new SplittableRandom(n).nextBytes(secret);
        return new DrawKey(secret);
    }
}
