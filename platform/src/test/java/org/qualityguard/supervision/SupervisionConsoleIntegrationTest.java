package org.qualityguard.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Browser;
import org.qualityguard.support.BusinessDay;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.qualityguard.support.SupervisedDivision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The supervision console as staff use it without JavaScript: every page renders for the roles it is for; another
 * county's plan, task, record and photo are not found; a photo must really be an image; a plan reaches the portal
 * only once published and a result only once approved, without staff-only fields.
 */
@PlatformTest
class SupervisionConsoleIntegrationTest {

    private static final String LIANYUN = "320703";
    private static final String HAIZHOU = "320706";
    private static final Pattern RECORD = Pattern.compile("/console/supervision/records/(\\d+)$");
    private static final Pattern PHOTO = Pattern.compile("/console/supervision/photos/(\\d+)");

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;

    @Test
    void everySupervisionPageRendersForTheRolesItIsFor() {
        Staff staff = new Staff(administration);
        SupervisedDivision d = SupervisedDivision.in(port, staff, LIANYUN).withProducer("DAIRY_PRODUCTS").withApprovedPlan();
        Browser inspector = new Browser(port).signIn(d.assignedInspector());
        for (String page : new String[] {"/console/supervision", "/console/supervision/coverage",
            "/console/supervision/plans", "/console/supervision/plans/" + d.planId(), "/console/supervision/tasks",
            "/console/supervision/tasks/" + d.taskId(), "/console/supervision/enterprises/" + d.producer(),
            "/console/supervision/enterprises/" + d.producer() + "/panel", "/console/supervision/tables/FOOD",
            "/console/equipment", "/console/equipment?due=OVERDUE", "/console/equipment/import",
            "/console/equipment/cycles"}) {
            assertThat(inspector.get(page).status()).as(page).isEqualTo(200);
        }
        assertThat(inspector.get("/console/supervision/tasks").html()).contains(d.producer());
        assertThat(inspector.get("/console/supervision/coverage/data").html()).contains("连云港市");
        assertThat(inspector.get("/console").html()).contains("href=\"/console/supervision\"");
    }

    @Test
    void theInspectionFormListsItsChecklistInTheReadersLanguage() {
        Staff staff = new Staff(administration);
        SupervisedDivision d = SupervisedDivision.in(port, staff, LIANYUN).withProducer("MEAT_PRODUCTS").withApprovedPlan();
        Browser inspector = new Browser(port).signIn(d.assignedInspector());
        String chinese = inspector.get("/console/supervision/tasks/" + d.taskId() + "?lang=zh-CN").html();
        assertThat(chinese).contains("F01 生产者资质（许可证有效、与生产范围一致）", "F09 食品安全管理制度与人员");
        String english = inspector.get("/console/supervision/tasks/" + d.taskId() + "?lang=en").html();
        assertThat(english).contains("F01 Producer&#39;s qualification (valid licence matching the production scope)",
                "F09 Food safety management system and staff").doesNotContain("生产者资质", "标签标识");
    }

    @Test
    void aCountyInspectorCannotSeeAnotherCountysPlanTaskRecordOrPhoto() throws IOException {
        Staff staff = new Staff(administration);
        SupervisedDivision d = SupervisedDivision.in(port, staff, LIANYUN).withProducer("MEAT_PRODUCTS")
                .withApprovedPlan();
        Browser own = new Browser(port).signIn(d.assignedInspector());
        Browser.Page form = own.get("/console/supervision/tasks/" + d.taskId());
        Browser.Page recorded = own.postMultipart("/console/supervision/tasks/" + d.taskId(),
                Map.of("inspectedOn", BusinessDay.today().toString(), "result", "PASS"), "photos", "site.png", png(),
                form);
        assertThat(recorded.status()).isEqualTo(302);
        Matcher record = RECORD.matcher(recorded.location());
        assertThat(record.find()).isTrue();
        String recordPage = own.get("/console/supervision/records/" + record.group(1)).html();
        Matcher photo = PHOTO.matcher(recordPage);
        assertThat(photo.find()).isTrue();
        Browser.Download served = own.fetch("/console/supervision/photos/" + photo.group(1));
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.contentType()).isEqualTo("image/png");
        assertThat(served.body()).isEqualTo(png());

        Browser foreign = new Browser(port).signIn(staff.withRoles(HAIZHOU, Role.INSPECTOR, Role.CHIEF));
        assertThat(foreign.get("/console/supervision/plans/" + d.planId()).status()).isEqualTo(404);
        assertThat(foreign.get("/console/supervision/tasks/" + d.taskId()).status()).isEqualTo(404);
        assertThat(foreign.get("/console/supervision/records/" + record.group(1)).status()).isEqualTo(404);
        assertThat(foreign.fetch("/console/supervision/photos/" + photo.group(1)).status()).isEqualTo(404);
        assertThat(foreign.get("/console/supervision/enterprises/" + d.producer()).status()).isEqualTo(404);
        assertThat(foreign.get("/console/supervision/plans").html()).doesNotContain(
                "/console/supervision/plans/" + d.planId() + "\"");
    }

    @Test
    void aPhotoThatIsNotAnImageRefusesTheRecordAndSaysWhy() {
        Staff staff = new Staff(administration);
        SupervisedDivision d = SupervisedDivision.in(port, staff, LIANYUN).withProducer("BEVERAGES")
                .withApprovedPlan();
        Browser inspector = new Browser(port).signIn(d.assignedInspector());
        Browser.Page form = inspector.get("/console/supervision/tasks/" + d.taskId());

        Browser.Page refused = inspector.postMultipart("/console/supervision/tasks/" + d.taskId(),
                Map.of("inspectedOn", BusinessDay.today().toString(), "result", "PASS"), "photos", "photo.jpg",
                "<script>alert(1)</script> not a picture".getBytes(StandardCharsets.UTF_8), form);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("id=\"photos-error\"").contains("“photo.jpg”不是 JPEG、PNG 或 WebP 图片。");
        assertThat(inspector.get("/console/supervision/tasks").html()).contains(d.producer());
        assertThat(inspector.get("/console/supervision/enterprises/" + d.producer()).html())
                .contains("尚无检查记录。");
    }

    @Test
    void thePortalShowsAPlanOnlyOncePublishedAndAResultOnlyOnceApproved() throws IOException {
        Staff staff = new Staff(administration);
        SupervisedDivision d = SupervisedDivision.in(port, staff, LIANYUN).withProducer("CANNED_FOODS")
                .withApprovedPlan();
        Browser visitor = new Browser(port);
        assertThat(visitor.get("/portal/supervision/plans/" + d.planId()).status()).isEqualTo(404);

        Browser chief = new Browser(port).signIn(d.chief);
        Browser.Page plan = chief.get("/console/supervision/plans/" + d.planId());
        assertThat(plan.html()).contains("id=\"publish\"");
        assertThat(chief.post("/console/supervision/plans/" + d.planId() + "/publish", Map.of(), plan).status())
                .isEqualTo(302);
        Browser.Page published = visitor.get("/portal/supervision/plans/" + d.planId());
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.html()).contains(d.producer()).contains("监管测试食品有限公司" + d.producer().substring(10))
                .doesNotContain(d.assignedInspector().username());
        assertThat(visitor.get("/portal/supervision/plans").html()).contains("/portal/supervision/plans/" + d.planId());

        Browser inspector = new Browser(port).signIn(d.assignedInspector());
        Browser.Page form = inspector.get("/console/supervision/tasks/" + d.taskId());
        Browser.Page recorded = inspector.post("/console/supervision/tasks/" + d.taskId(), Map.of(
                "inspectedOn", BusinessDay.today().toString(), "result", "FAIL",
                "correctiveDeadline", BusinessDay.today().plusDays(20).toString(),
                "item0", "F08", "finding0", "标签未标注生产日期（内部备注）", "severity0", "MINOR"), form);
        Matcher record = RECORD.matcher(recorded.location());
        assertThat(record.find()).isTrue();
        assertThat(visitor.get("/portal/supervision/results").html()).doesNotContain(d.producer());

        Browser.Page recordPage = chief.get("/console/supervision/records/" + record.group(1));
        assertThat(recordPage.html()).doesNotContain("id=\"approve-record\"").contains("另一名抽中的检查人员会签");
        Browser second = new Browser(port).signIn(d.secondInspector());
        Browser.Page toSign = second.get("/console/supervision/records/" + record.group(1));
        assertThat(second.post("/console/supervision/records/" + record.group(1) + "/cosign", Map.of(), toSign)
                .status()).isEqualTo(302);
        recordPage = chief.get("/console/supervision/records/" + record.group(1));
        assertThat(recordPage.html()).contains(d.secondInspector().username());
        assertThat(chief.post("/console/supervision/records/" + record.group(1) + "/approve", Map.of(), recordPage)
                .status()).isEqualTo(302);
        String results = visitor.get("/portal/supervision/results").html();
        assertThat(results).contains(d.producer()).contains("标签标识：一般问题").doesNotContain("F08 一般问题").contains("不合格")
                .doesNotContain("内部备注").doesNotContain(d.assignedInspector().username());
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
