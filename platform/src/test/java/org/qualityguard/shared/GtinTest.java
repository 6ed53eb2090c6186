package org.qualityguard.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GtinTest {

    @Test
    void publishedGs1ExamplesCarryTheirCheckDigit() {
        // GS1 General Specifications' worked example of the check digit (GTIN-13 629104150021 -> 3)
        assertThat(Gtin.checkDigit("629104150021")).isEqualTo(3);
        assertThat(new Gtin("6291041500213").value()).isEqualTo("6291041500213");
        // the EAN-13 of ISBN 978-0-306-40615-7, a textbook example, and the EAN-8 96385074
        assertThat(new Gtin("9780306406157").value()).isEqualTo("9780306406157");
        assertThat(new Gtin("96385074").value()).isEqualTo("96385074");
        // the EAN-13 example of the barcode articles: 400638133393 -> 1
        assertThat(Gtin.checkDigit("400638133393")).isEqualTo(1);
    }

    @Test
    void aChineseBarcodeTypedWithBlanksIsRead() {
        assertThat(Gtin.parse(" 6901028 075800 ").value()).isEqualTo("6901028075800");
    }

    @Test
    void aWrongCheckDigitIsRefusedNamingTheDigitItShouldBe() {
        assertThat(Gtin.checkRaw("6291041500214")).hasValueSatisfying(v -> {
            assertThat(v.code()).isEqualTo("E1068");
            assertThat(v.arguments()).containsExactly("6291041500214", 3);
        });
        assertThatThrownBy(() -> new Gtin("96385075")).isInstanceOf(InvalidCodeException.class);
    }

    @Test
    void otherLengthsAndLettersAreRefused() {
        assertThat(Gtin.checkRaw("123456789012")).hasValueSatisfying(v -> assertThat(v.code()).isEqualTo("E1067"));
        assertThat(Gtin.checkRaw("69010280758A0")).hasValueSatisfying(v -> assertThat(v.code()).isEqualTo("E1066"));
        assertThat(Gtin.checkRaw("")).hasValueSatisfying(v -> assertThat(v.code()).isEqualTo("E1001"));
    }
}
