package org.qualityguard.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodeTest {

    @Test
    void knowsItsLevelAndParent() {
        assertThat(new DivisionCode("320000").level()).isEqualTo(DivisionLevel.PROVINCE);
        assertThat(new DivisionCode("320100").level()).isEqualTo(DivisionLevel.CITY);
        assertThat(new DivisionCode("320102").level()).isEqualTo(DivisionLevel.COUNTY);
        assertThat(new DivisionCode("320102").parent()).isEqualTo(new DivisionCode("320100"));
        assertThat(new DivisionCode("320100").parent()).isEqualTo(new DivisionCode("320000"));
    }

    @Test
    void aProvinceScopeContainsItsCitiesAndCountiesButNoOtherProvince() {
        DivisionScope province = new DivisionCode("320000").scope();
        assertThat(province.includes(new DivisionCode("320102"))).isTrue();
        assertThat(province.includes(new DivisionCode("321300"))).isTrue();
        assertThat(province.includes(new DivisionCode("330102"))).isFalse();
    }

    @Test
    void theDivisionContainingTwoIsTheirLowestCommonAncestor() {
        DivisionCode gusu = new DivisionCode("320508");
        assertThat(gusu.commonAncestor(new DivisionCode("320585"))).isEqualTo(new DivisionCode("320500"));
        assertThat(gusu.commonAncestor(new DivisionCode("320100"))).isEqualTo(new DivisionCode("320000"));
        assertThat(gusu.commonAncestor(new DivisionCode("320500"))).isEqualTo(new DivisionCode("320500"));
        assertThat(gusu.commonAncestor(gusu)).isEqualTo(gusu);
        assertThat(new DivisionCode("320500").commonAncestor(gusu)).isEqualTo(new DivisionCode("320500"));
        assertThat(gusu.province()).isEqualTo(new DivisionCode("320000"));
        assertThatThrownBy(() -> gusu.commonAncestor(new DivisionCode("330102")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCountyScopeContainsOnlyItself() {
        DivisionScope county = new DivisionCode("320102").scope();
        assertThat(county.includes(new DivisionCode("320102"))).isTrue();
        assertThat(county.includes(new DivisionCode("320104"))).isFalse();
        assertThat(county.includes(new DivisionCode("320100"))).isFalse();
        assertThat(county.lowest()).isEqualTo("320102");
        assertThat(county.highest()).isEqualTo("320102");
    }

    @Test
    void aCityScopeIsTheRangeOfItsCodes() {
        DivisionScope city = new DivisionCode("320500").scope();
        assertThat(city.lowest()).isEqualTo("320500");
        assertThat(city.highest()).isEqualTo("320599");
        assertThat(city.includes(new DivisionCode("320506"))).isTrue();
        assertThat(city.includes(new DivisionCode("320600"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"32010", "3201021", "32O102", "abcdef"})
    void refusesAnythingButSixDigits(String raw) {
        assertThatThrownBy(() -> DivisionCode.parse(raw))
                .isInstanceOf(InvalidCodeException.class)
                .extracting(e -> ((InvalidCodeException) e).violation().code()).isEqualTo("E1010");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000000", "320012"})
    void refusesCodesWithoutAProvinceOrWithACountyUnderNoCity(String raw) {
        assertThatThrownBy(() -> DivisionCode.parse(raw))
                .extracting(e -> ((InvalidCodeException) e).violation().code()).isEqualTo("E1011");
    }
}
