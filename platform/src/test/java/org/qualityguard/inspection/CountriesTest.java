package org.qualityguard.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class CountriesTest {

    private final Countries countries = new Countries(messages());

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("country.userAssigned", Locale.SIMPLIFIED_CHINESE, "{0}（{1} 为用户自定义代码）");
        return messages;
    }

    @Test
    void kosovoIsAcceptedOnlyAsAUserAssignedCodeAndNamedSo() {
        assertThat(countries.codes()).contains("XK");
        assertThat(countries.isUserAssigned("XK")).isTrue();
        assertThat(countries.nameOf("XK", Locale.SIMPLIFIED_CHINESE)).isEqualTo("科索沃（XK 为用户自定义代码）");
    }

    @Test
    void officiallyAssignedCodesAreNotMarked() {
        assertThat(countries.isUserAssigned("CN")).isFalse();
        assertThat(countries.nameOf("CN", Locale.SIMPLIFIED_CHINESE)).isEqualTo("中国");
        assertThat(countries.nameOf("KR", Locale.ENGLISH)).contains("Korea");
        assertThat(countries.codes().stream().filter(countries::isUserAssigned)).containsExactly("XK");
    }
}
