package org.qualityguard.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    @Test
    void aCodeIsSixteenCharactersWithoutLettersThatReadAsDigits() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(VerificationCode.generate()).matches("[0-9A-HJKMNP-TV-Z]{16}");
        }
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(VerificationCode.generate());
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void theCodeAsPrintedReadsBackAsTheCode() {
        String code = VerificationCode.generate();
        assertThat(VerificationCode.display(code)).matches("(.{4}-){3}.{4}");
        assertThat(VerificationCode.read(VerificationCode.display(code))).contains(code);
    }

    @Test
    void whatAPersonTypesIsReadForgivingly() {
        assertThat(VerificationCode.read(" 7k3m-0abc defg hjkm ")).contains("7K3M0ABCDEFGHJKM");
        assertThat(VerificationCode.read("7K3M-OABC-DEFG-HJKL")).contains("7K3M0ABCDEFGHJK1");
    }

    @Test
    void whatCannotBeACodeIsNotLookedUp() {
        assertThat(VerificationCode.read(null)).isEmpty();
        assertThat(VerificationCode.read("7K3M-0ABC")).isEmpty();
        assertThat(VerificationCode.read("7K3M-0ABC-DEFG-HJKU")).isEmpty();
        assertThat(VerificationCode.read("' OR 1=1 --  xxxxxx")).isEmpty();
    }
}
