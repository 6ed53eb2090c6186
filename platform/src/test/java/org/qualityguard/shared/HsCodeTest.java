package org.qualityguard.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HsCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"030617", "03061790", "0306179000", "9701100000", "0101210010"})
    void acceptsSixEightAndTenDigitCodesOfExistingChapters(String code) {
        assertThat(HsCode.checkRaw(code)).isEmpty();
        assertThat(HsCode.parse(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"0306179,7", "030617900,9", "03061,5", "03061790001,11", "03061790001234,14"})
    void refusesOtherLengthsSayingHowManyDigitsThereAre(String code, int length) {
        Violation v = HsCode.checkRaw(code).orElseThrow();
        assertThat(v.code()).isEqualTo("E1040");
        assertThat(v.arguments()).containsExactly(code, length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000000", "7700000000", "9800000000", "99010000"})
    void refusesChaptersTheHarmonizedSystemDoesNotHave(String code) {
        Violation v = HsCode.checkRaw(code).orElseThrow();
        assertThat(v.code()).isEqualTo("E1041");
        assertThat(v.arguments()).containsExactly(code, code.substring(0, 2));
    }

    @Test
    void splitsTheCiqSuffixOffAThirteenDigitDeclarationCode() {
        assertThat(HsCode.checkRaw("0306179000101")).isEmpty();
        assertThat(HsCode.parse("0306179000101").value()).isEqualTo("0306179000");
    }

    @Test
    void aThirteenDigitCodeIsJudgedByItsHsPart() {
        assertThat(HsCode.checkRaw("7706179000101").orElseThrow().code()).isEqualTo("E1041");
    }

    @Test
    void readsDotsAndBlanksAsPeopleWriteCodes() {
        assertThat(HsCode.parse(" 0306.17.90 ").value()).isEqualTo("03061790");
    }

    @Test
    void refusesLettersNamingTheCode() {
        assertThat(HsCode.checkRaw("03A617").orElseThrow().code()).isEqualTo("E1042");
    }
}
