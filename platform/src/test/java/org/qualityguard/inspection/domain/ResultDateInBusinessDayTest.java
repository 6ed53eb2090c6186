package org.qualityguard.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qualityguard.shared.BusinessTime;

/** An inspector recording at 07:20 Beijing time may date the result today, though UTC is still on yesterday. */
class ResultDateInBusinessDayTest {

    @Test
    void at0720BeijingTheResultFormAcceptsTodaysDateAndRefusesTomorrow() {
        LocalDate today = new BusinessTime(Clock.fixed(Instant.parse("2026-12-01T23:20:00Z"),
                ZoneId.of("Asia/Shanghai"))).today();
        assertThat(ResultRules.check(declaredOn("2026-12-02"), LocalDate.of(2026, 12, 1), today))
                .isInstanceOf(ResultRules.Valid.class);
        assertThat(ResultRules.check(declaredOn("2026-12-03"), LocalDate.of(2026, 12, 1), today))
                .isInstanceOf(ResultRules.Invalid.class);
    }

    private static ResultDeclaration declaredOn(String inspectedOn) {
        return new ResultDeclaration("LOT-1", "PASS", null, inspectedOn, List.of());
    }
}
