package org.qualityguard.enforcement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class FineBandTest {

    private static BigDecimal yuan(String v) {
        return new BigDecimal(v);
    }

    @Test
    void anAbsoluteRangeIsReadInYuan() {
        FineBand band = FineBand.parse("责令停止使用有关特种设备，处三万元以上十万元以下罚款");
        assertThat(band.multiple()).isFalse();
        assertThat(band.lower()).isEqualByComparingTo("30000");
        assertThat(band.upper()).isEqualByComparingTo("100000");
        assertThat(band.allows(yuan("30000"), null)).isTrue();
        assertThat(band.allows(yuan("100001"), null)).isFalse();
    }

    @Test
    void anUpperBoundAloneStartsAtNothing() {
        FineBand band = FineBand.parse("没收计量器具和违法所得，并处一千元以下罚款");
        assertThat(band.lower()).isEqualByComparingTo("0");
        assertThat(band.upper()).isEqualByComparingTo("1000");
    }

    @Test
    void multiplesOfTheGoodsValueNeedTheValueAndIgnoreAConditionBeforeTheFine() {
        FineBand band = FineBand.parse("货值金额一万元以上的，并处货值金额十五倍以上二十倍以下罚款");
        assertThat(band.multiple()).isTrue();
        assertThat(band.lower()).isEqualByComparingTo("15");
        assertThat(band.upper()).isEqualByComparingTo("20");
        assertThat(band.lowest(yuan("20000"))).isEqualByComparingTo("300000");
        assertThat(band.highest(null)).isNull();
        assertThat(FineBand.parse("并处货值金额等值以上一点五倍以下的罚款").lower()).isEqualByComparingTo("1");
        assertThat(FineBand.parse("并处货值金额一点五倍以上二点五倍以下的罚款").upper()).isEqualByComparingTo("2.5");
        FineBand percent = FineBand.parse("并处违法生产、销售产品货值金额百分之五十以上一倍以下的罚款");
        assertThat(percent.lower()).isEqualByComparingTo("0.5");
        assertThat(percent.upper()).isEqualByComparingTo("1");
        assertThat(percent.multiple()).isTrue();
    }

    @Test
    void aLineNamingNoAmountAllowsNoFine() {
        FineBand band = FineBand.parse("责令赔偿损失，没收计量器具和违法所得，可以不予罚款");
        assertThat(band.allows(BigDecimal.ZERO, null)).isTrue();
        assertThat(band.allows(BigDecimal.ONE, null)).isFalse();
    }

    @Test
    void chineseNumeralsAreReadWithTheirUnits() {
        assertThat(FineBand.number("十五")).isEqualByComparingTo("15");
        assertThat(FineBand.number("十五万")).isEqualByComparingTo("150000");
        assertThat(FineBand.number("三万五千")).isEqualByComparingTo("35000");
        assertThat(FineBand.number("二千")).isEqualByComparingTo("2000");
        assertThat(FineBand.number("二百")).isEqualByComparingTo("200");
        assertThat(FineBand.number("3000")).isEqualByComparingTo("3000");
    }

    @Test
    void theItemsCircumstancesFallIntoTheThreeBands() {
        assertThat(Band.of("轻微")).isEqualTo(Band.MITIGATING);
        assertThat(Band.of("一般")).isEqualTo(Band.ORDINARY);
        assertThat(Band.of("较重")).isEqualTo(Band.AGGRAVATING);
        assertThat(Band.of("严重")).isEqualTo(Band.AGGRAVATING);
    }
}
