package org.qualityguard.sampling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qualityguard.shared.FieldViolation;

class ComplaintFormTest {

    private static ComplaintForm form(String product, String barcode, String problem, String division) {
        return new ComplaintForm(product, "演示牌", barcode, "演示超市", division, problem, null, true);
    }

    @Test
    void eachFaultNamesItsField() {
        List<FieldViolation> faults = form("", "6901028075801", "x".repeat(2001), "999999").faults(d -> false);
        assertThat(faults).extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("productName", "barcode", "problem", "division");
        assertThat(faults).filteredOn(f -> f.field().equals("barcode"))
                .singleElement().satisfies(f -> assertThat(f.violation().code()).isEqualTo("E1068"));
    }

    @Test
    void aFormWithoutBarcodeOrContactIsAccepted() {
        assertThat(form("纯牛奶", " ", "有酸味", "320102").faults(d -> true)).isEmpty();
        assertThat(form("纯牛奶", "6901028075800", "有酸味", "320102").gtin()).isEqualTo("6901028075800");
    }

    @Test
    void aSecretCodeMatchesOnlyItsOwnTrackingNumber() {
        String hash = TrackingCode.hash("TS20261202-000001", "ABCDEFGHJK");
        assertThat(TrackingCode.matches(hash, "TS20261202-000001", "abcdefghjk")).isTrue();
        assertThat(TrackingCode.matches(hash, "TS20261202-000002", "ABCDEFGHJK")).isFalse();
        assertThat(TrackingCode.matches(hash, "TS20261202-000001", "ABCDEFGHJM")).isFalse();
        assertThat(TrackingCode.newSecret()).hasSize(10).doesNotContain("0", "O", "1", "I", "L");
    }

    @Test
    void aPhotoIsJudgedByWhatItIsNotByItsName() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        byte[] truncated = java.util.Arrays.copyOf(png.toByteArray(), 20);
        List<FieldViolation> faults = new java.util.ArrayList<>();
        List<ComplaintPhoto> photos = ComplaintPhoto.check(List.of(png.toByteArray(),
                "<html><script>".getBytes(), truncated), faults);
        assertThat(photos).singleElement().satisfies(p -> assertThat(p.contentType()).isEqualTo("image/png"));
        assertThat(faults).extracting(FieldViolation::row).containsExactly(2, 3);
        assertThat(faults).allSatisfy(f -> assertThat(f.violation().code()).isEqualTo("E4305"));
    }

    @Test
    void tooManyOrTooLargePhotosAreRefused() {
        List<FieldViolation> faults = new java.util.ArrayList<>();
        ComplaintPhoto.check(List.of(new byte[1], new byte[1], new byte[1], new byte[1]), faults);
        assertThat(faults).singleElement().satisfies(f -> assertThat(f.violation().code()).isEqualTo("E4307"));
        faults.clear();
        ComplaintPhoto.check(List.of(new byte[ComplaintPhoto.MAX_BYTES + 1]), faults);
        assertThat(faults).singleElement().satisfies(f -> assertThat(f.violation().code()).isEqualTo("E4306"));
    }
}
