package org.qualityguard.shared;

import java.util.Optional;

/**
 * What an uploaded photo really is, from its first bytes rather than from the name or the type the browser claims:
 * JPEG ({@code FF D8 FF}), PNG (its eight-byte signature) or WebP ({@code RIFF....WEBP}). Anything else is not
 * accepted as a photo.
 */
public final class PhotoType {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PhotoType() {
    }

    /** The image's media type, or empty when the bytes are not a JPEG, PNG or WebP image. */
    public static Optional<String> of(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (content.length >= 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
                && (content[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, PNG, 0)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, "RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0)
                && startsWith(content, "WEBP".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 8)) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix, int at) {
        if (content.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
