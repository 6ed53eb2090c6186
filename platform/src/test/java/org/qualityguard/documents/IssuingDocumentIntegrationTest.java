package org.qualityguard.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.AccessRefusedException;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.support.Browser;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.PublicVisitor;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issuing documents on the embedded PostgreSQL: numbers without a gap per organisation, kind and year, also when
 * eight issue at once and when one is refused half-way; the public check finds the genuine document and nothing for
 * a made-up code; an issued document cannot be changed or removed; staff download it within their division only.
 */
@PlatformTest
class IssuingDocumentIntegrationTest {

    /** 苏州市 吴江区 and 南京市 玄武区: no other test issues documents there. */
    private static final String WUJIANG = "320509";
    private static final String XUANWU = "320102";

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    IssuingDocument issuing;
    @Autowired
    VerifyingDocument verifying;
    @Autowired
    AuditTrail audit;
    @Autowired
    BusinessTime time;
    @Autowired
    JdbcClient jdbc;

    private StaffUser user(Staff.Member member) {
        return (StaffUser) users.loadUserByUsername(member.username());
    }

    /** An abbreviation no other organisation of the shared test database uses (they would share numbers). */
    private static String abbreviation(String prefix) {
        StringBuilder a = new StringBuilder(prefix);
        Long.toString(System.nanoTime() % 10_000_000).chars().forEach(d -> a.append("零壹贰叁肆伍陆柒捌玖".charAt(d - '0')));
        return a.append("监").toString();
    }

    private static IssueDocument decision(DocumentKind kind, String abbreviation, String party) {
        return new IssueDocument(kind, "苏州市吴江区市场监督管理局", abbreviation, "行政处罚决定书", "当事人：" + party,
                List.of(new Section("一、违法事实", List.of("经查，当事人销售不合格食品。")),
                        new Section("二、处罚决定", List.of("罚款人民币5,000元。"))));
    }

    @Test
    void numbersRunFromOnePerOrganisationKindAndYearAndTheIssueIsAudited() {
        Staff staff = new Staff(administration);
        StaffUser inspector = user(staff.inspectorOf(WUJIANG));
        StaffUser otherBureau = user(staff.inspectorOf(WUJIANG));
        int year = time.today().getYear();
        String wu = abbreviation("吴");

        IssuedDocument first = issuing.issue(inspector, decision(DocumentKind.PENALTY_DECISION, wu, "甲公司"));
        IssuedDocument second = issuing.issue(inspector, decision(DocumentKind.PENALTY_DECISION, wu, "乙公司"));
        IssuedDocument notice = issuing.issue(inspector, decision(DocumentKind.PRIOR_NOTICE, wu, "甲公司"));

        assertThat(first.number().text()).isEqualTo(wu + "罚〔" + year + "〕1号");
        assertThat(second.number().text()).isEqualTo(wu + "罚〔" + year + "〕2号");
        assertThat(notice.number().text()).isEqualTo(wu + "罚告〔" + year + "〕1号");
        assertThat(first.issuedOn()).isEqualTo(time.today());
        assertThat(first.verificationCode()).isNotEqualTo(second.verificationCode());
        assertThat(audit.historyOf(IssuingDocument.SUBJECT, Long.toString(first.id())))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("DOCUMENT_ISSUED"));
        // another organisation with the same abbreviation would print the same number: refused, not duplicated
        assertThatThrownBy(() -> issuing.issue(otherBureau, decision(DocumentKind.PENALTY_DECISION, wu, "丙公司")))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.violations().get(0).violation().code()).isEqualTo("E1085"));
    }

    @Test
    void onlyInspectorsAndChiefsIssueDocuments() {
        StaffUser analyst = user(new Staff(administration).withRoles(WUJIANG, Role.ANALYST));
        assertThatThrownBy(() -> issuing.issue(analyst, decision(DocumentKind.PENALTY_DECISION, abbreviation("吴"),
                "辛公司"))).isInstanceOfSatisfying(AccessRefusedException.class, e ->
                        assertThat(e.violation().code()).isEqualTo("E9003"));
    }

    @Test
    void eightConcurrentIssuesTakeTheNumbersOneToEightWithoutAGap() throws Exception {
        StaffUser inspector = user(new Staff(administration).inspectorOf(XUANWU));
        String xuan = abbreviation("玄");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<IssuedDocument>> issues = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String party = "玄武第" + i + "号当事人";
                issues.add(() -> issuing.issue(inspector, new IssueDocument(DocumentKind.HEARING_NOTICE,
                        "南京市玄武区市场监督管理局", xuan, "听证通知书", party,
                        List.of(new Section("", List.of("定于本月举行听证。"))))));
            }
            List<Integer> sequences = new ArrayList<>();
            for (Future<IssuedDocument> f : pool.invokeAll(issues)) {
                sequences.add(f.get().number().sequence());
            }
            assertThat(sequences).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
        } finally {
            pool.shutdown();
        }
        // a refused issue (a character the font cannot show) takes its number back
        assertThatThrownBy(() -> issuing.issue(inspector, new IssueDocument(DocumentKind.HEARING_NOTICE,
                "南京市玄武区市场监督管理局", xuan, "听证通知书", "\uE000", List.of(new Section("", List.of("定于。"))))))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.violations().get(0).violation().code()).isEqualTo("E1084"));
        IssuedDocument ninth = issuing.issue(inspector, new IssueDocument(DocumentKind.HEARING_NOTICE,
                "南京市玄武区市场监督管理局", xuan, "听证通知书", "丁", List.of(new Section("", List.of("定于。")))));
        assertThat(ninth.number().sequence()).isEqualTo(9);
    }

    @Test
    void theCodeOnADocumentFindsItAndAMadeUpCodeFindsNothing() {
        IssuedDocument issued = issuing.issue(user(new Staff(administration).inspectorOf(WUJIANG)),
                decision(DocumentKind.PENALTY_DECISION, abbreviation("吴"), "戊公司"));

        assertThat(verifying.verify(issued.verificationCode().toLowerCase())).hasValueSatisfying(v -> {
            assertThat(v.number()).isEqualTo(issued.number().text());
            assertThat(v.kind()).isEqualTo(DocumentKind.PENALTY_DECISION);
            assertThat(v.organisationName()).isEqualTo("苏州市吴江区市场监督管理局");
            assertThat(v.sha256()).isEqualTo(issued.sha256());
        });
        assertThat(verifying.verify("7K3M-0ABC-DEFG-HJKM")).isEmpty();

        PublicVisitor visitor = new PublicVisitor(port, "198.51.100.71");
        PublicVisitor.Page form = visitor.get("/portal/documents/verify");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html()).contains("verify-form", "_csrf").doesNotContain("verify-result");
        PublicVisitor.Page genuine = visitor.get("/portal/documents/verify?code=" + issued.verificationCode());
        assertThat(genuine.status()).isEqualTo(200);
        assertThat(genuine.html()).contains(issued.number().text(), issued.sha256(), "行政处罚决定书");
        PublicVisitor.Page madeUp = visitor.post("/portal/documents/verify", "/portal/documents/verify",
                Map.of("code", "7K3M-0ABC-DEFG-HJKM"), List.of());
        assertThat(madeUp.status()).isEqualTo(404);
        assertThat(madeUp.html()).contains("document-not-found").doesNotContain("document-genuine");
    }

    @Test
    void thePublicCheckIsLimitedPerAddress() {
        PublicVisitor prober = new PublicVisitor(port, "198.51.100.72");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            statuses.add(prober.get("/portal/documents/verify?code=7K3M-0ABC-DEFG-HJK" + (i % 10)).status());
        }
        assertThat(statuses.subList(0, 10)).containsOnly(404);
        assertThat(statuses.subList(10, 12)).containsOnly(429);
        // another address is not held back
        assertThat(new PublicVisitor(port, "198.51.100.73").get("/portal/documents/verify?code=7K3M-0ABC-DEFG-HJKM")
                .status()).isEqualTo(404);
    }

    @Test
    void anIssuedDocumentCannotBeChangedOrRemovedEvenBySql() {
        IssuedDocument issued = issuing.issue(user(new Staff(administration).inspectorOf(WUJIANG)),
                decision(DocumentKind.PENALTY_DECISION, abbreviation("吴"), "己公司"));
        assertThatThrownBy(() -> jdbc.sql("UPDATE documents.document SET party = '别人' WHERE id = :id")
                .param("id", issued.id()).update()).hasMessageContaining("kept as issued");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM documents.document WHERE id = :id")
                .param("id", issued.id()).update()).hasMessageContaining("kept as issued");
        assertThat(jdbc.sql("SELECT party FROM documents.document WHERE id = :id").param("id", issued.id())
                .query(String.class).single()).isEqualTo("当事人：己公司");
    }

    @Test
    void staffDownloadTheStoredPdfWithinTheirDivisionOnly() throws Exception {
        Staff staff = new Staff(administration);
        Staff.Member issuer = staff.inspectorOf(WUJIANG);
        IssuedDocument issued = issuing.issue(user(issuer),
                decision(DocumentKind.PENALTY_DECISION, abbreviation("吴"), "庚公司"));
        String path = "/console/documents/" + issued.id() + ".pdf";

        Browser.Download own = new Browser(port).signIn(staff.colleagueOf(issuer, Role.ANALYST)).fetch(path);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.contentType()).startsWith("application/pdf");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(own.body())))
                .isEqualTo(issued.sha256());
        assertThat(new Browser(port).signIn(staff.inspectorOf("320000")).fetch(path).status()).as("the province")
                .isEqualTo(200);
        assertThat(new Browser(port).signIn(staff.inspectorOf(XUANWU)).fetch(path).status()).as("another city")
                .isEqualTo(404);
    }
}
