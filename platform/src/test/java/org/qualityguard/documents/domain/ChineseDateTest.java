package org.qualityguard.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ChineseDateTest {

    @Test
    void theYearIsWrittenDigitByDigitWithARingForZero() {
        assertThat(ChineseDate.of(LocalDate.of(2026, 12, 2))).isEqualTo("二〇二六年十二月二日");
        assertThat(ChineseDate.of(LocalDate.of(2030, 1, 1))).isEqualTo("二〇三〇年一月一日");
    }

    @Test
    void tenIsWrittenWithoutALeadingOne() {
        assertThat(ChineseDate.of(LocalDate.of(2026, 10, 10))).isEqualTo("二〇二六年十月十日");
        assertThat(ChineseDate.of(LocalDate.of(2026, 11, 19))).isEqualTo("二〇二六年十一月十九日");
    }

    @Test
    void daysFromTwentyNameTheirTensAndUnits() {
        assertThat(ChineseDate.of(LocalDate.of(2026, 2, 20))).isEqualTo("二〇二六年二月二十日");
        assertThat(ChineseDate.of(LocalDate.of(2026, 3, 31))).isEqualTo("二〇二六年三月三十一日");
        assertThat(ChineseDate.of(LocalDate.of(2026, 7, 25))).isEqualTo("二〇二六年七月二十五日");
    }
}
