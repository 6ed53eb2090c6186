package org.qualityguard.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole platform, so that tests can fix time where a rule depends on it. It runs in the business
 * zone (Asia/Shanghai unless {@code qualityguard.business-zone} says otherwise), never the server's: a regulator's
 * day starts at midnight in the province, whatever zone the machine or its JVM was set up in.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${qualityguard.business-zone:Asia/Shanghai}") ZoneId zone) {
        return Clock.system(zone);
    }

    @Bean
    BusinessTime businessTime(Clock clock) {
        return new BusinessTime(clock);
    }
}
