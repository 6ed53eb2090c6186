package org.qualityguard.calendar;

import org.qualityguard.calendar.persistence.CalendarStore;
import org.qualityguard.shared.WorkingDays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform's working days count on the published years of the kept calendar, read again on each publication. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    WorkingDays workingDays(CalendarStore store) {
        return new WorkingDays(store::publishedCalendar);
    }
}
