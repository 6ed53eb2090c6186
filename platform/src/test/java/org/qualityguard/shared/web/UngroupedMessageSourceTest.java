package org.qualityguard.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/** Years, months, ids and seeds in messages print as they are written; other numbers keep the locale's format. */
class UngroupedMessageSourceTest {

    private final MessageSource messages = new WebConfiguration().messageSource();

    @Test
    void aYearInAMessageIsNeverGrouped() {
        assertThat(messages.getMessage("plans.monthly", new Object[] {2026, 12}, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("2026 年 12 月");
        assertThat(messages.getMessage("plans.monthly", new Object[] {2026, 12}, Locale.ENGLISH)).isEqualTo("12/2026");
        assertThat(messages.getMessage("coverage.heading", new Object[] {2026}, Locale.SIMPLIFIED_CHINESE))
                .startsWith("2026 年");
    }

    @Test
    void anIdInAMessageIsPrintedWhole() {
        assertThat(messages.getMessage("record.title", new Object[] {6473938224447389385L},
                Locale.SIMPLIFIED_CHINESE)).contains("6473938224447389385");
    }

    @Test
    void aFractionKeepsTheLocalesFormatAndAnExplicitFormatIsHonoured() {
        assertThat(messages.getMessage("coverage.heading", new Object[] {12.5}, Locale.ENGLISH)).contains("12.5");
        assertThat(messages.getMessage("import.summary", new Object[] {12000, 1, 2, 3, 4}, Locale.ENGLISH))
                .startsWith("12000 rows");
    }
}
