package org.qualityguard.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityguard.support.LotJsonBuilder.aLot;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Api;
import org.qualityguard.support.Browser;
import org.qualityguard.support.BusinessDay;
import org.qualityguard.support.EnterpriseSheetBuilder;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/** The frame every console page shares: breadcrumbs, the search box, the navigation the reader has use for. */
@PlatformTest
class ConsoleFrameIntegrationTest {

    private static final String GULOU = "320106";
    private static final String XUANWU = "320102";
    private static final Pattern CRUMBS = Pattern.compile("<nav class=\"crumbs[^\"]*\"[^>]*>(.*?)</nav>", Pattern.DOTALL);
    private static final Pattern STEP = Pattern.compile("<(?:a|span)[^>]*>([^<]*)</(?:a|span)>");

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;

    @Test
    void breadcrumbsTraceEachPageUpToTheConsoleInTheReadersLanguage() {
        Staff.Member inspector = new Staff(administration).inspectorOf("320100");
        Browser browser = new Browser(port).signIn(inspector);
        String code = register(Api.as(port, inspector), "320102", "面包屑测试有限公司");

        assertThat(crumbs(browser.get("/console/supervision/plans").html()))
                .containsExactly("工作台", "分类分级监管", "“双随机”检查计划");
        assertThat(crumbs(browser.get("/console/enterprises/" + code).html()))
                .containsExactly("工作台", "企业名录", "面包屑测试有限公司");
        assertThat(crumbs(browser.get("/console/inspection/warnings").html()))
                .hasSize(3).startsWith("工作台", "进出口质量安全风险预警");
        assertThat(crumbs(browser.get("/console").html())).containsExactly("工作台");

        browser.get("/console?lang=en");
        assertThat(crumbs(browser.get("/console/supervision/plans").html()))
                .containsExactly("Console", "Classified and graded supervision", "Double-random inspection plans");
        assertThat(browser.get("/console/supervision/plans").html())
                .contains("href=\"/console/supervision\"", "href=\"/console\"");
    }

    @Test
    void theInspectionPartsAddressOpensItsWorklist() {
        Browser browser = new Browser(port).signIn(new Staff(administration).inspectorOf("320100"));
        Browser.Page part = browser.get("/console/inspection");
        assertThat(part.status()).isEqualTo(302);
        assertThat(part.location()).endsWith("/console/inspection/worklist");
    }

    @Test
    void aCountyInspectorFindsTheirOwnEnterpriseByNameAndCreditCodeButNotAnotherCountys() {
        Staff staff = new Staff(administration);
        Staff.Member gulou = staff.inspectorOf(GULOU);
        Staff.Member xuanwu = staff.inspectorOf(XUANWU);
        String unique = "检索" + System.nanoTime() % 1_000_000;
        String own = register(Api.as(port, gulou), GULOU, unique + "鼓楼食品有限公司");
        String foreign = register(Api.as(port, xuanwu), XUANWU, unique + "玄武食品有限公司");
        Browser browser = new Browser(port).signIn(gulou);

        String byName = browser.get("/console/search?q=" + unique).html();
        assertThat(byName).contains(own, unique + "鼓楼食品有限公司").doesNotContain(foreign, "玄武食品");
        assertThat(byName).contains("href=\"/console/enterprises/" + own + "\"");

        assertThat(browser.get("/console/search?q=" + own).html()).contains(unique + "鼓楼食品有限公司");
        String other = browser.get("/console/search?q=" + foreign).html();
        assertThat(other).doesNotContain(unique + "玄武食品有限公司").contains("id=\"search-none\"");
    }

    @Test
    void aLotIdFindsTheLotOnlyWithinTheDivisionOfItsBureau() {
        Staff staff = new Staff(administration);
        Staff.Member nanjing = staff.inspectorOf("320100");
        Map<String, Object> lot = aLot().at("CIQ-NJ").build();
        assertThat(Api.as(port, nanjing).post("/api/v1/inspection/lots", lot).status()).isEqualTo(200);
        String lotId = (String) lot.get("lotId");

        String found = new Browser(port).signIn(nanjing).get("/console/search?q=" + lotId).html();
        assertThat(found).contains("id=\"hits-lots\"", "href=\"/console/inspection/lots/" + lotId + "\"");
        String suzhou = new Browser(port).signIn(staff.inspectorOf("320500")).get("/console/search?q=" + lotId).html();
        assertThat(suzhou).doesNotContain("hits-lots").contains("id=\"search-none\"");
    }

    @Test
    void aSearchIsShownEscapedAndRefusedBeyondAHundredCharacters() {
        Browser browser = new Browser(port).signIn(new Staff(administration).inspectorOf(GULOU));
        String html = browser.get("/console/search?q=%3Cscript%3Ealert(1)%3C/script%3E").html();
        assertThat(html).doesNotContain("<script>alert(1)").contains(HtmlUtils.htmlEscape("<script>alert(1)</script>"));
        Browser.Page tooLong = browser.get("/console/search?q=" + "企".repeat(101));
        assertThat(tooLong.status()).isEqualTo(200);
        assertThat(tooLong.html()).contains("id=\"search-too-long\"").doesNotContain("id=\"search-query\"");
    }

    @Test
    void aPartnerFindsNothingOfTheRegistryThroughTheSearch() {
        Staff staff = new Staff(administration);
        Staff.Member gulou = staff.inspectorOf(GULOU);
        String code = register(Api.as(port, gulou), GULOU, "协作方检索测试有限公司");
        Browser partner = new Browser(port).signIn(staff.withRoles(GULOU, Role.PARTNER));
        Browser.Page page = partner.get("/console/search?q=" + code);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).doesNotContain("协作方检索测试有限公司").contains("id=\"search-none\"");
    }

    @Test
    void theNavigationOffersOnlyThePartsTheReaderHasWorkIn() {
        Staff staff = new Staff(administration);
        String countyHome = new Browser(port).signIn(staff.inspectorOf(XUANWU)).get("/console").html();
        assertThat(countyHome).contains("分类分级监管").doesNotContain("进出口质量安全风险预警", "/console/inspection/worklist")
                .doesNotContain("/console/admin/staff");
        String cityHome = new Browser(port).signIn(staff.inspectorOf("320100")).get("/console").html();
        assertThat(cityHome).contains("进出口质量安全风险预警", "分类分级监管");
        String partnerHome = new Browser(port).signIn(staff.withRoles("320100", Role.PARTNER)).get("/console").html();
        assertThat(partnerHome).doesNotContain("进出口质量安全风险预警", "/console/supervision\"")
                .contains("公众门户");
        String adminHome = new Browser(port).signIn(staff.adminOf("320100")).get("/console").html();
        assertThat(adminHome).contains("/console/admin/staff", "/console/admin/audit");
    }

    @Test
    void overdueAndSoonDueUnitsStandOutInTheEquipmentList() {
        Staff.Member inspector = new Staff(administration).inspectorOf(GULOU);
        Api api = Api.as(port, inspector);
        String user = register(api, GULOU, "逾期标注测试有限公司");
        LocalDate today = BusinessDay.today();
        String suffix = Long.toString(System.nanoTime() % 100_000_000);
        // An elevator is inspected yearly: last inspected a year and 12 days ago it is 12 days overdue; a year less
        // 10 days ago, due in 10 days.
        String csv = "使用登记证编号,设备种类,使用单位统一社会信用代码,维保单位,所在地行政区划代码,投入使用日期,安全状况等级,上次定期检验日期,检验结论\n"
                + "梯11苏A" + suffix + ",电梯," + user + ",," + GULOU + ",2015-04-01,," + today.minusYears(1).minusDays(12) + ",合格\n"
                + "梯12苏A" + suffix + ",电梯," + user + ",," + GULOU + ",2015-04-01,," + today.minusYears(1).plusDays(10) + ",合格\n";
        assertThat(api.upload("/api/v1/equipment/units/import", "units.csv", csv.getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(200);
        Browser browser = new Browser(port).signIn(inspector);

        String overdue = browser.get("/console/equipment?due=OVERDUE").html();
        assertThat(rowOf(overdue, "梯11苏A" + suffix)).contains("class=\"overdue\"", "已逾期 12 天");
        String soon = browser.get("/console/equipment?due=DUE_SOON").html();
        assertThat(rowOf(soon, "梯12苏A" + suffix)).contains("class=\"due-soon\"", "即将到期（10 天后）");
        assertThat(browser.get("/console/equipment/units/梯11苏A" + suffix).html()).contains("已逾期 12 天");
    }

    private String register(Api api, String division, String name) {
        String code = EnterpriseSheetBuilder.freshCreditCode(division);
        Map<String, Object> enterprise = new LinkedHashMap<>();
        enterprise.put("creditCode", code);
        enterprise.put("name", name);
        enterprise.put("categories", List.of("FOOD_PRODUCER", "SPECIAL_EQUIPMENT_USER"));
        enterprise.put("foodCategory", "DAIRY_PRODUCTS");
        enterprise.put("divisionCode", division);
        assertThat(api.post("/api/v1/enterprises", enterprise).status()).isEqualTo(201);
        return code;
    }

    private static List<String> crumbs(String html) {
        Matcher nav = CRUMBS.matcher(html);
        assertThat(nav.find()).as("the page has breadcrumbs").isTrue();
        List<String> steps = new ArrayList<>();
        Matcher step = STEP.matcher(nav.group(1));
        while (step.find()) {
            steps.add(HtmlUtils.htmlUnescape(step.group(1).strip()));
        }
        return steps;
    }

    private static String rowOf(String html, String registrationCode) {
        Matcher row = Pattern.compile("<tr[^>]*>(?:(?!</tr>).)*" + Pattern.quote(registrationCode) + ".*?</tr>",
                Pattern.DOTALL).matcher(html);
        assertThat(row.find()).as("a row for " + registrationCode).isTrue();
        return row.group();
    }
}
