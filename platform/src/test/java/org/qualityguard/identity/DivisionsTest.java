package org.qualityguard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qualityguard.shared.DivisionCode;

class DivisionsTest {

    private final Divisions divisions = new Divisions();

    @Test
    void marksTheNineStatisticalFunctionZonesThatAreNotGbt2260Divisions() {
        assertThat(divisions.all().stream().filter(Division::functionZone).map(d -> d.code().value()))
                .containsExactly("320371", "320576", "320671", "320771", "320871", "320971", "321071", "321171",
                        "321371");
    }

    @Test
    void keepsTheFunctionZonesSoThatOrganisationsPlacedThereStillResolve() {
        Division park = divisions.find("320576").orElseThrow();
        assertThat(park.name()).isEqualTo("苏州工业园区");
        assertThat(park.kind()).isEqualTo(DivisionKind.STATISTICAL_FUNCTION_ZONE);
        assertThat(park.parent()).isEqualTo(new DivisionCode("320500"));
    }

    @Test
    void administrativeDivisionsAreMarkedAsSuch() {
        assertThat(divisions.find("320102").orElseThrow().kind()).isEqualTo(DivisionKind.ADMINISTRATIVE);
        assertThat(divisions.find("320500").orElseThrow().kind()).isEqualTo(DivisionKind.ADMINISTRATIVE);
        assertThat(divisions.find("320000").orElseThrow().kind()).isEqualTo(DivisionKind.ADMINISTRATIVE);
    }
}
