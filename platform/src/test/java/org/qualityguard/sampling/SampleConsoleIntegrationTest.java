package org.qualityguard.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

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

/** The console's samples as an inspector and a laboratory use them: the form, its errors, the results lines. */
@PlatformTest
class SampleConsoleIntegrationTest {

    /** 宿迁市 宿城区: no other test samples there. */
    private static final String SUCHENG = "321302";

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;

    @Test
    void anInspectorRecordsASampleInTheFormAndTheLaboratoryEntersItsResultsAsLines() {
        Staff staff = new Staff(administration);
        SupervisedDivision d = SupervisedDivision.in(port, staff, SUCHENG).withProducer("DAIRY_PRODUCTS");
        Browser inspector = new Browser(port).signIn(d.clerk);
        Browser.Page form = inspector.get("/console/sampling/samples/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html()).contains("id=\"sample-form\"", "生乳、巴氏杀菌乳、灭菌乳、调制乳、发酵乳");

        String no = "SC-" + System.nanoTime() % 100_000_000;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("sampleNo", no);
        fields.put("creditCode", d.producer());
        fields.put("category", "01.0");
        fields.put("appliesTo", "生乳、巴氏杀菌乳、灭菌乳、调制乳、发酵乳");
        fields.put("product", "纯牛奶");
        fields.put("sampledOn", BusinessDay.today().plusDays(3).toString());
        fields.put("sampledAt", "宿城区测试超市");
        fields.put("laboratory", "宿迁市产品质量监督检验所");
        Browser.Page refused = inspector.post("/console/sampling/samples", fields, form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("抽样日期").contains("不在允许范围内").contains("宿城区测试超市");

        fields.put("sampledOn", BusinessDay.today().toString());
        Browser.Page taken = inspector.post("/console/sampling/samples", fields, form);
        assertThat(taken.status()).isEqualTo(302);
        assertThat(inspector.get("/console/sampling/samples").html()).contains(no, "已抽样");
        assertThat(inspector.get("/console/sampling/samples/" + no).html())
                .doesNotContain("id=\"results-form\"").as("an inspector is not the laboratory");

        Browser laboratory = new Browser(port).signIn(staff.withRoles(SUCHENG, Role.LABORATORY));
        Browser.Page page = laboratory.get("/console/sampling/samples/" + no);
        assertThat(page.html()).contains("id=\"results-form\"");
        Browser.Page bad = laboratory.post("/console/sampling/samples/" + no + "/results",
                Map.of("results", "GB 2762,铅(以Pb计),很多,mg/kg"), page);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.html()).contains("“很多”不是数值");
        Browser.Page judged = laboratory.post("/console/sampling/samples/" + no + "/results",
                Map.of("results", "GB 2762，铅(以Pb计)，0.05，mg/kg"), page);
        assertThat(judged.status()).isEqualTo(302);
        assertThat(laboratory.get("/console/sampling/samples/" + no).html())
                .contains("不合格", "GB 2762-2022", "≤ 0.02 mg/kg", "id=\"objection-until\"");
    }
}
