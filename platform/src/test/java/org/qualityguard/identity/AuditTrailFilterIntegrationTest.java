package org.qualityguard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.Page;
import org.qualityguard.shared.PageRequest;
import org.qualityguard.support.Browser;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The audit trail's page narrows the chain to an actor, an action, a subject and days of the business zone. */
@PlatformTest
class AuditTrailFilterIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    AuditTrail audit;
    @Autowired
    Clock clock;

    @Test
    void theAuditTrailFiltersByActorActionObjectAndDate() {
        String unique = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String alice = "alice-" + unique;
        String bob = "bob-" + unique;
        DivisionCode xuanwu = new DivisionCode("320102");
        audit.recordAll(List.of(
                new AuditRecord(alice, "FILTER_TEST_CREATED", "widget", "W1-" + unique, xuanwu, null, Map.of("n", 1)),
                new AuditRecord(alice, "FILTER_TEST_CHANGED", "widget", "W1-" + unique, xuanwu, Map.of("n", 1),
                        Map.of("n", 2)),
                new AuditRecord(alice, "FILTER_TEST_CREATED", "gadget", "G1-" + unique, xuanwu, null, Map.of("n", 3)),
                new AuditRecord(bob, "FILTER_TEST_CREATED", "widget", "W2-" + unique, xuanwu, null, Map.of("n", 4))));
        var province = new DivisionCode("320000").scope();
        LocalDate today = LocalDate.now(clock);

        assertThat(subjects(AuditFilter.parse(alice, null, null, null, null, null)))
                .containsExactly("G1-" + unique, "W1-" + unique, "W1-" + unique);
        assertThat(subjects(AuditFilter.parse(alice, "FILTER_TEST_CREATED", null, null, null, null)))
                .containsExactly("G1-" + unique, "W1-" + unique);
        assertThat(subjects(AuditFilter.parse(null, null, "widget", "W1-" + unique, null, null))).hasSize(2);
        assertThat(subjects(AuditFilter.parse(bob, null, "widget", null, today.toString(), today.toString())))
                .containsExactly("W2-" + unique);
        assertThat(subjects(AuditFilter.parse(bob, null, null, null, today.plusDays(1).toString(), null))).isEmpty();
        assertThat(subjects(AuditFilter.parse(bob, null, null, null, null, today.minusDays(1).toString()))).isEmpty();
        assertThat(audit.actions()).contains("FILTER_TEST_CREATED", "FILTER_TEST_CHANGED");

        // a county administrator sees the county's entries; a Suzhou one does not see Xuanwu's
        Staff staff = new Staff(administration);
        assertThat(audit.latest(new DivisionCode("320500").scope(), AuditFilter.parse(alice, null, null, null, null,
                null), new PageRequest(0, 20)).total()).isZero();
        assertThat(audit.latest(province, AuditFilter.parse(alice, null, null, null, null, null),
                new PageRequest(0, 20)).total()).isEqualTo(3);

        Browser admin = new Browser(port).signIn(staff.adminOf("320000"));
        Browser.Page page = admin.get("/console/admin/audit?actor=" + alice + "&action=FILTER_TEST_CHANGED&from="
                + today + "&to=" + today);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("共 1 条", "W1-" + unique).doesNotContain("G1-" + unique)
                .contains("value=\"" + alice + "\"");
        Browser.Page badRange = admin.get("/console/admin/audit?from=" + today + "&to=" + today.minusDays(2));
        assertThat(badRange.status()).isEqualTo(400);
        assertThat(badRange.html()).contains("截止日期早于起始日期");
    }

    private List<String> subjects(AuditFilter filter) {
        Page<AuditEntry> page = audit.latest(new DivisionCode("320000").scope(), filter, new PageRequest(0, 50));
        return page.items().stream().map(AuditEntry::subjectId).toList();
    }
}
