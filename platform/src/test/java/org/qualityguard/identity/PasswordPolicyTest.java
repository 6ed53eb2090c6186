package org.qualityguard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qualityguard.shared.Violation;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.withShippedList();

    private String code(String password, String username) {
        return policy.check(password, username).map(Violation::code).orElse("accepted");
    }

    @Test
    void aPasswordShorterThanTenCharactersIsRefused() {
        assertThat(code("k7#Rw2!pq", "li.wei")).isEqualTo("E3012");
    }

    @Test
    void aCommonPasswordOfTenOrMoreCharactersIsRefusedWhateverItsCase() {
        assertThat(code("password123", "li.wei")).isEqualTo("E3015");
        assertThat(code("QwertyUiop", "li.wei")).isEqualTo("E3015");
        assertThat(code("1234567890", "li.wei")).isEqualTo("E3015");
    }

    @Test
    void oneRepeatedCharacterOrAShortRepeatedPatternIsRefused() {
        assertThat(code("zzzzzzzzzzzz", "li.wei")).isEqualTo("E3016");
        assertThat(code("xyxyxyxyxyxy", "li.wei")).isEqualTo("E3016");
        assertThat(code("9k!9k!9k!9k!9", "li.wei")).isEqualTo("E3016");
        assertThat(code("w7$qw7$qw7$q", "li.wei")).isEqualTo("E3016");
    }

    @Test
    void aPasswordContainingTheUsernameIsRefused() {
        assertThat(code("li.wei-2026-x", "li.wei")).isEqualTo("E3017");
        assertThat(code("LI.WEI", "li.wei")).isEqualTo("E3012");
        assertThat(code("My-LI.WEI-pass", "li.wei")).isEqualTo("E3017");
    }

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertThat(code("test-password-123", "t1.inspector")).isEqualTo("accepted");
        assertThat(code("苏州电梯检验-2026", "li.wei")).isEqualTo("accepted");
    }
}
