package org.qualityguard.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PhotoTypeTest {

    @Test
    void jpegPngAndWebpAreKnownByTheirFirstBytes() {
        assertThat(PhotoType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0})).hasValue("image/jpeg");
        assertThat(PhotoType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0})).hasValue("image/png");
        assertThat(PhotoType.of("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1))).hasValue("image/webp");
    }

    @Test
    void textAScriptOrATruncatedSignatureIsNoPhoto() {
        assertThat(PhotoType.of("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(PhotoType.of("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(PhotoType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isEmpty();
        assertThat(PhotoType.of("RIFF\0\0\0\0WAVE".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(PhotoType.of(new byte[0])).isEmpty();
    }
}
