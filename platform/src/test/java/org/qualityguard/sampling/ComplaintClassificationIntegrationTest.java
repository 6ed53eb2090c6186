package org.qualityguard.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.sampling.domain.ComplaintForm;
import org.qualityguard.shared.AccessRefusedException;
import org.qualityguard.shared.NotFoundException;
import org.qualityguard.shared.PageRequest;
import org.qualityguard.support.Browser;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class ComplaintClassificationIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    ComplaintReview review;
    @Autowired
    Complaints complaints;
    @Autowired
    ComplaintClassification classification;
    @Autowired
    StaffAdministration administration;
    @Autowired
    UserDetailsService directory;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    private long submit(String product, String problem, String division) {
        ComplaintIntake.Receipt r = intake.submit(new ComplaintIntake.Submission(new ComplaintForm(product, null, null,
                null, division, problem, null, true), List.of(), null));
        return jdbc.sql("SELECT id FROM sampling.complaint WHERE tracking_number = ?").param(r.trackingNumber())
                .query(Long.class).single();
    }

    private StaffUser user(Staff.Member m) {
        return (StaffUser) directory.loadUserByUsername(m.username());
    }

    @Test
    void aCorrectionIsAuditedAndTheClassifierLearnsItAtOnce() {
        StaffUser reviewer = user(new Staff(administration).inspectorOf("320111"));
        long kettle = submit("甲乙壶", "甲乙壶 漏电 冒烟 麻手", "320111");
        long bread = submit("丙丁饼", "丙丁饼 发霉 长毛", "320111");
        int before = classification.current().examples();

        assertThat(review.classify(reviewer, kettle, "I01")).isIn(true, false);
        assertThat(classification.current().examples()).isEqualTo(before + 1);
        review.classify(reviewer, bread, "07.0");
        assertThat(classification.current().examples()).isEqualTo(before + 2);
        assertThat(classification.current().classify("甲乙壶 漏电").category()).isEqualTo("I01");

        // a new complaint gets the suggestion; the reviewer corrects it, and the next one follows the correction
        long next = submit("甲乙壶", "甲乙壶 漏电", "320111");
        assertThat(complaints.view(reviewer, next).predictedCategory()).isEqualTo("I01");
        assertThat(review.classify(reviewer, next, "I07")).isFalse();
        review.classify(reviewer, kettle, "I07");
        assertThat(classification.current().classify("甲乙壶 漏电").category()).isEqualTo("I07");
        assertThat(complaints.view(reviewer, kettle).status()).isEqualTo("REVIEWED");

        assertThat(audit.historyOf("complaint", complaints.view(reviewer, next).trackingNumber()))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo(ComplaintReview.REVIEWED);
                    assertThat(e.actor()).isEqualTo(reviewer.getUsername());
                });
    }

    @Test
    void anUnknownCategoryIsRefusedAndAnotherCountyNeitherSeesNorClassifies() {
        Staff staff = new Staff(administration);
        long id = submit("测试品", "有问题", "320113");
        StaffUser own = user(staff.inspectorOf("320113"));
        assertThatThrownBy(() -> review.classify(own, id, "99.9"))
                .isInstanceOfSatisfying(org.qualityguard.shared.ValidationException.class,
                        e -> assertThat(e.violations().get(0).violation().code()).isEqualTo("E4311"));
        StaffUser other = user(staff.inspectorOf("320114"));
        assertThatThrownBy(() -> review.classify(other, id, "01.0")).isInstanceOf(NotFoundException.class);
        StaffUser adminOnly = user(staff.withRoles("320113", Role.ADMIN));
        assertThatThrownBy(() -> review.classify(adminOnly, id, "01.0")).isInstanceOf(AccessRefusedException.class);
        assertThat(complaints.view(own, id).status()).isEqualTo("RECEIVED");
    }

    @Test
    void theConsoleListsTheDivisionsComplaintsWithAnExactTotalAndExportsThem() {
        Staff.Member member = new Staff(administration).inspectorOf("320115");
        for (int i = 0; i < 3; i++) {
            submit("列表测试品", "列表测试 " + i, "320115");
        }
        Browser browser = new Browser(port).signIn(member);
        Browser.Page list = browser.get("/console/sampling/complaints?division=320115");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html()).contains("共 3 件投诉").contains("列表测试品");
        assertThat(complaints.list(user(member), ComplaintFilter.none(), new PageRequest(0, 20)).total())
                .isEqualTo(3);
        byte[] sheet = browser.download("/console/sampling/complaints/export?division=320115");
        assertThat(new String(sheet, 0, 2)).isEqualTo("PK");
        assertThat(browser.get("/console/sampling/review").html()).contains("列表测试品");
        long id = jdbc.sql("SELECT max(id) FROM sampling.complaint WHERE division_code = '320115'")
                .query(Long.class).single();
        Browser.Page view = browser.get("/console/sampling/complaints/" + id);
        Browser.Page saved = browser.post("/console/sampling/complaints/" + id + "/classify",
                Map.of("category", "I03"), view);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(browser.get("/console/sampling/complaints/" + id).html()).contains("已审核");
        assertThat(browser.get("/console/sampling/proposals").status()).isEqualTo(200);
        assertThat(browser.get("/console/sampling/standards").html()).contains("GB 2762-2022");
    }
}
