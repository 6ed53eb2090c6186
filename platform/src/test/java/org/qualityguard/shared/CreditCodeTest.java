package org.qualityguard.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"914403001922038216", "91330100716105852F"})
    void acceptsPublishedCodesOfRealCompanies(String code) {
        assertThat(CreditCode.check(code)).isEmpty();
        assertThat(new CreditCode(code).registrationDivision()).isEqualTo(code.substring(2, 8));
    }

    @Test
    void parsingIgnoresBlanksAndLowerCase() {
        assertThat(CreditCode.parse("  91330100716105852f ").value()).isEqualTo("91330100716105852F");
    }

    @Test
    void refusesAWrongCheckCharacterAndNamesTheRightOne() {
        Violation v = CreditCode.check("914403001922038217").orElseThrow();
        assertThat(v.code()).isEqualTo("E1005");
        assertThat(v.arguments()).containsExactly("7", "6");
    }

    @Test
    void refusesACodeOfTheWrongLengthSayingHowLongItIs() {
        Violation v = CreditCode.check("91440300192203821").orElseThrow();
        assertThat(v.code()).isEqualTo("E1002");
        assertThat(v.arguments()).containsExactly(17);
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z', '-', '京'})
    void refusesCharactersOutsideTheAlphabetNamingTheirPosition(char bad) {
        String code = "9144030019220382" + bad + "6";
        Violation v = CreditCode.check(code).orElseThrow();
        assertThat(v.code()).isEqualTo("E1003");
        assertThat(v.arguments()).containsExactly(String.valueOf(bad), 17);
    }

    @Test
    void refusesLettersWhereTheDivisionCodeBelongs() {
        String first17 = "9144A300192203821";
        String code = first17 + CreditCode.checkCharacter(first17);
        assertThat(CreditCode.check(code).orElseThrow().code()).isEqualTo("E1004");
    }

    @Test
    void refusesAnEmptyCode() {
        assertThat(CreditCode.check("").orElseThrow().code()).isEqualTo("E1001");
        assertThat(CreditCode.check(null).orElseThrow().code()).isEqualTo("E1001");
    }

    @Test
    void constructingFromAnInvalidCodeThrowsWithTheViolation() {
        assertThatThrownBy(() -> new CreditCode("914403001922038210"))
                .isInstanceOf(InvalidCodeException.class)
                .extracting(e -> ((InvalidCodeException) e).violation().code()).isEqualTo("E1005");
    }

    @Test
    void syntheticCodesAreValidAndCarryTheirDivision() {
        for (int serial = 10_000_000; serial < 10_002_000; serial++) {
            CreditCode code = CreditCode.synthetic(new DivisionCode("320102"), serial);
            assertThat(CreditCode.check(code.value())).isEmpty();
            assertThat(code.registrationDivision()).isEqualTo("320102");
        }
    }

    @Test
    void everySingleCharacterTypoIsDetected() {
        String valid = "914403001922038216";
        for (int position = 0; position < 17; position++) {
            for (char c : CreditCode.ALPHABET.toCharArray()) {
                if (c == valid.charAt(position)) {
                    continue;
                }
                String typo = valid.substring(0, position) + c + valid.substring(position + 1);
                assertThat(CreditCode.check(typo)).as(typo).isPresent();
            }
        }
    }

    @Test
    void refusesAnOrganisationCodeWhoseOwnCheckCharacterIsWrongEvenWhenThe18thWasRecomputed() {
        int refused = 0;
        for (int serial = 10_000_000; serial < 10_000_214; serial++) {
            String valid = CreditCode.synthetic(new DivisionCode("320102"), serial).value();
            char wrong = valid.charAt(16) == '1' ? '2' : '1';
            String first17 = valid.substring(0, 16) + wrong;
            String forged = first17 + CreditCode.checkCharacter(first17);

            Violation v = CreditCode.check(forged).orElseThrow(() -> new AssertionError(forged + " was accepted"));
            assertThat(v.code()).isEqualTo("E1008");
            assertThat(v.arguments()).containsExactly(forged.substring(8, 17), String.valueOf(wrong),
                    String.valueOf(valid.charAt(16)));
            refused++;
        }
        assertThat(refused).isEqualTo(214);
    }

    @Test
    void countsLettersOfTheOrganisationCodeByGb11714sValuesNotTheCreditCodeAlphabet() {
        // MA1W2X3Y: M = 22, A = 10, W = 32, X = 33, Y = 34 in GB 11714; the credit code alphabet would give 21, 10, 28...
        assertThat(CreditCode.organisationCheckCharacter("MA1W2X3Y")).isEqualTo('6');
        String first17 = "91320102MA1W2X3Y6";
        assertThat(CreditCode.check(first17 + CreditCode.checkCharacter(first17))).isEmpty();
    }

    @Test
    void anOrganisationCheckOfTenIsWrittenX() {
        String body = bodyWithOrganisationCheck('X');
        assertThat(CreditCode.organisationCheckCharacter(body)).isEqualTo('X');
    }

    private static String bodyWithOrganisationCheck(char wanted) {
        for (int n = 10_000_000; n < 10_001_000; n++) {
            String body = Integer.toString(n);
            if (CreditCode.organisationCheckCharacter(body) == wanted) {
                return body;
            }
        }
        throw new AssertionError("no body in range gives " + wanted);
    }

    @Test
    void aCodeThatASpreadsheetTurnedIntoANumberIsExplainedNotCounted() {
        Violation v = CreditCode.check("9.13201E+17").orElseThrow();
        assertThat(v.code()).isEqualTo("E1006");
        assertThat(v.arguments()).containsExactly("9.13201E+17");
    }

    @Test
    void fullWidthCharactersAreNamedWithTheirHalfWidthForm() {
        Violation v = CreditCode.check("91440300192203821\uFF16").orElseThrow();
        assertThat(v.code()).isEqualTo("E1007");
        assertThat(v.arguments()).containsExactly("\uFF16", 18, "6");
    }
}
