package org.qualityguard.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The business day is the province's: at 07:20 in Beijing it is already the next day, whatever UTC says. */
class BusinessTimeTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 07:20 on 2 December in Beijing, still 1 December in UTC. */
    private static final Instant MORNING = Instant.parse("2026-12-01T23:20:00Z");

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ClockConfiguration.class);

    @Test
    void thePlatformClockRunsInShanghaiUnlessAnotherBusinessZoneIsConfigured() {
        context.run(c -> assertThat(c.getBean(Clock.class).getZone()).isEqualTo(SHANGHAI));
        context.withPropertyValues("qualityguard.business-zone=Asia/Urumqi")
                .run(c -> assertThat(c.getBean(BusinessTime.class).zone()).isEqualTo(ZoneId.of("Asia/Urumqi")));
    }

    @Test
    void at0720BeijingTodayIsTheSecondThoughUtcStillSaysTheFirst() {
        BusinessTime time = new BusinessTime(Clock.fixed(MORNING, SHANGHAI));
        assertThat(time.today()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(time.startOfDay(time.today())).isEqualTo(Instant.parse("2026-12-01T16:00:00Z"));
        assertThat(time.zoneId()).isEqualTo("Asia/Shanghai");
    }
}
