package org.qualityguard.risk;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret a day's random draws are keyed with. A lot's exploration draw is the first 53 bits of
 * HMAC-SHA256(secret, "exploration:" + lot id) as a number in [0, 1): without the secret, no choice of lot ids tells
 * which of them will be drawn, and with it (once revealed) anyone can reproduce every draw. The {@link #commitment()},
 * SHA-256 of the secret, may be published before the draws are made, so that the secret revealed afterwards can be
 * checked to be the one that was used.
 *
 * <p>Not thread-safe, like the engine: one thread draws with a key at a time.
 */
public final class DrawKey {

    /** Bytes of a fresh secret: HMAC-SHA256's block of output, far beyond guessing. */
    public static final int SECRET_BYTES = 32;
    private static final String EXPLORATION = "exploration:";
    private static final String FOLLOW_UP = "follow-up:";
    private static final String THOMPSON = "thompson:";

    private final byte[] secret;
    private final Mac mac;

    public DrawKey(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("a draw key needs at least 16 bytes of secret, not " + secret.length);
        }
        this.secret = secret.clone();
        try {
            this.mac = Mac.getInstance("HmacSHA256");
            this.mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }

    /** A key from the hexadecimal form of its secret, as {@link #secretHex()} writes it. */
    public static DrawKey ofHex(String secretHex) {
        return new DrawKey(HexFormat.of().parseHex(secretHex));
    }

    /** The lot's uniform draw for exploration: below the exploration share, it was drawn at random. */
    public double exploration(String lotId) {
        return unit(EXPLORATION, lotId);
    }

    /** The lot's uniform draw for a warning's follow-up sample, independent of its exploration draw. */
    double followUp(String lotId) {
        return unit(FOLLOW_UP, lotId);
    }

    /** The seed of the lot's Thompson sample from the model's posterior. */
    long thompson(String lotId) {
        return bits(THOMPSON, lotId);
    }

    /** SHA-256 of the secret, in hexadecimal: what may be published while the secret is kept. */
    public String commitment() {
        return commitmentOf(secret);
    }

    public static String commitmentOf(byte[] secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public String secretHex() {
        return HexFormat.of().formatHex(secret);
    }

    private double unit(String purpose, String lotId) {
        return (bits(purpose, lotId) >>> 11) * 0x1.0p-53;
    }

    private long bits(String purpose, String lotId) {
        byte[] h = mac.doFinal((purpose + lotId).getBytes(StandardCharsets.UTF_8));
        long bits = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            bits = bits << 8 | (h[i] & 0xFF);
        }
        return bits;
    }

    /** The secret never appears in logs or messages. */
    @Override
    public String toString() {
        return "DrawKey[commitment=" + commitment() + "]";
    }
}
