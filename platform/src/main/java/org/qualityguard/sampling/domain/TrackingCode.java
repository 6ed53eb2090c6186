package org.qualityguard.sampling.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The pair a complainant follows a complaint by: a tracking number (the business day and six random digits,
 * {@code TS20261202-483920}) and a secret code of ten characters from an alphabet without look-alikes (about 50
 * bits). Only a salted SHA-256 of the code is stored, so the database does not hand out access to the complaints;
 * the tracking page is rate-limited per address, which bounds guessing far below what 50 bits allow.
 */
public final class TrackingCode {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCode() {
    }

    public static String newTrackingNumber(LocalDate day) {
        return "TS" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    public static String newSecret() {
        StringBuilder s = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** The stored form of a secret: SHA-256 over the tracking number (as salt) and the code, upper-cased. */
    public static String hash(String trackingNumber, String secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((trackingNumber.strip() + ":" + secret.strip().toUpperCase())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares in constant time, so that the answer's timing does not tell how much of a guess was right. */
    public static boolean matches(String storedHash, String trackingNumber, String secret) {
        return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
                hash(trackingNumber, secret).getBytes(StandardCharsets.US_ASCII));
    }
}
