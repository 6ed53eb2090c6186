package org.qualityguard.enforcement.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qualityguard.enforcement.CaseFiles;
import org.qualityguard.enforcement.Decisions;
import org.qualityguard.enforcement.EnforcementCases;
import org.qualityguard.enforcement.PenaltyBureau;
import org.qualityguard.enforcement.persistence.CaseStore;
import org.qualityguard.power.PublicPowerList;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The demo cases (the loader of a demo start) open through the real use cases at their five stages, each marked demo. */
@PlatformTest
class DemoCasesIntegrationTest {

    /** 泰州市 姜堰区: no other test acts there. */
    private static final String JIANGYAN = "321204";

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    EnforcementCases cases;
    @Autowired
    CaseFiles files;
    @Autowired
    Decisions decisions;
    @Autowired
    PublicPowerList powerList;
    @Autowired
    CaseStore store;
    @Autowired
    BusinessTime time;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoCasesStandAtALeadNotFiledInvestigatingNotifiedAndClosedWithItsDecision() {
        PenaltyBureau bureau = PenaltyBureau.of(port, new Staff(administration), JIANGYAN);
        StaffUser chief = (StaffUser) users.loadUserByUsername(bureau.chiefMember().username());
        // the suite runs without demo data, so the loader is made here with the platform's own use cases
        DemoCases demo = new DemoCases(cases, files, decisions, powerList, store, users, time);
        assertThat(demo.load(chief, bureau.item(), JIANGYAN)).isEqualTo(5);
        List<String> statuses = jdbc.sql("SELECT status FROM enforcement.enforcement_case WHERE item_code = ? "
                + "AND demo").param(bureau.item()).query(String.class).list();
        assertThat(statuses).containsExactlyInAnyOrder("CLOSED", "INVESTIGATING", "LEAD", "NOT_FILED", "NOTIFIED");
        assertThat(jdbc.sql("SELECT d.within_band FROM enforcement.decision d JOIN enforcement.enforcement_case c "
                + "ON c.id = d.case_id WHERE c.item_code = ?").param(bureau.item()).query(Boolean.class).single())
                .isTrue();
    }
}
