package org.qualityguard.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.AuditEntries;
import org.qualityguard.identity.AuditEntry;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.clock.ClockEvent;
import org.qualityguard.shared.clock.ClockReading;
import org.qualityguard.shared.clock.TimeLimit;
import org.qualityguard.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An act's clock kept as its events: rebuilt as it was, every operation audited, a refused one leaving nothing. */
@PlatformTest
class ClocksIntegrationTest {

    @Autowired
    Clocks clocks;
    @Autowired
    AuditTrail audit;
    @Autowired
    AuditEntries entries;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aLicencesClockIsStoredAsItsEventsAndEveryOperationIsOnTheTrail() {
        ClockId id = new ClockId("test.licence", "clocks-" + System.nanoTime());
        clocks.start(id, new DivisionCode("320104"), LocalDate.of(2026, 2, 13),
                TimeLimit.workingDays(20).extendableBy(10), "clerk");
        clocks.record(id, new ClockEvent.Suspended(LocalDate.of(2026, 3, 2), "申请人补正材料"), "clerk");
        clocks.record(id, new ClockEvent.Resumed(LocalDate.of(2026, 3, 12)), "clerk");
        clocks.record(id, new ClockEvent.Extended(LocalDate.of(2026, 3, 30), 10, "需要现场核查", "局长 王某"), "clerk");

        assertThatThrownBy(() -> clocks.record(id,
                new ClockEvent.Extended(LocalDate.of(2026, 3, 31), 1, "再延长", "局长 王某"), "clerk"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).violation().code()).isEqualTo("E1071"));

        ClockReading reading = clocks.reading(id, LocalDate.of(2026, 4, 1));
        assertThat(reading.deadline()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(clocks.clock(id).events()).hasSize(3);
        assertThat(audit.historyOf("clock", id.toString())).extracting(AuditEntry::action)
                .containsExactly("CLOCK_EXTENDED", "CLOCK_RESUMED", "CLOCK_SUSPENDED", "CLOCK_STARTED");
        List<AuditEntry> history = audit.historyOf("clock", id.toString());
        AuditEntry started = history.get(history.size() - 1);
        assertThat(entries.fields(started, Locale.SIMPLIFIED_CHINESE)).filteredOn(f -> f.name().equals("limit"))
                .singleElement().satisfies(f -> {
                    assertThat(f.label()).isEqualTo("办理期限");
                    assertThat(f.after()).as("the limit reads in Chinese, not as enum names")
                            .isEqualTo("天数 20、计算方式 工作日、最长延长 10");
                });
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM calendar.clock_event WHERE act_type = ? AND act_id = ?")
                .params(id.actType(), id.actId()).update()).as("the event list is append-only")
                .hasMessageContaining("appended, never changed or removed");
    }
}
