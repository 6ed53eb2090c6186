package org.qualityguard.power;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Browser;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.PowerItemBuilder;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console's item form and lifecycle buttons: an analyst drafts by the form, a bad field is refused beside itself
 * and nothing is stored, a chief reviews, confirms and publishes by the item page's buttons, the portal lists the
 * item, and an amendment drafts version 2 while version 1 stays public.
 */
@PlatformTest
class PowerItemFormIntegrationTest {

    private static final Pattern ITEM = Pattern.compile("/console/power/items/(\\d+)$");

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;

    @Test
    void anAnalystDraftsByTheFormAChiefPublishesByTheButtonsAndAnAmendmentDraftsVersionTwo() {
        Staff staff = new Staff(administration);
        Browser analyst = new Browser(port).signIn(staff.withRoles("320000", Role.ANALYST));
        PowerItemBuilder item = PowerItemBuilder.anItem().named("表单起草检查事项" + System.nanoTime() % 100_000);
        Browser.Page form = analyst.get("/console/power/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html()).contains("id=\"power-item-form\"", "name=\"_csrf\"", "起草权力事项");

        Map<String, String> bad = new LinkedHashMap<>(item.formFields());
        bad.put("legalBases", "产品质量法第十五条");
        Browser.Page refused = analyst.post("/console/power/items", bad, form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).as("the error beside the legal basis, with its code")
                .containsPattern("id=\"error-legalBasis\"><code>E4142</code> <span>[^<]*产品质量法第十五条")
                .doesNotContain("id=\"error-name\"")
                .contains("value=\"" + item.name() + "\"");
        assertThat(analyst.get("/console/power?name=" + enc(item.code())).html()).as("nothing stored")
                .contains("没有符合条件的权力事项。").doesNotContain("id=\"power-items\"");

        Browser.Page drafted = analyst.post("/console/power/items", item.formFields(), form);
        assertThat(drafted.status()).isEqualTo(302);
        long v1 = idOf(drafted);
        Browser.Page own = analyst.get("/console/power/items/" + v1);
        assertThat(own.html()).contains("已起草", "《产品质量法》第十八条", "20 个工作日", "已起草，待法制审核。")
                .as("an analyst is offered no move she may not make").doesNotContain("name=\"command\"");

        Browser chief = new Browser(port).signIn(staff.withRoles("320000", Role.CHIEF));
        for (String command : new String[] {"review", "confirm", "publish"}) {
            Browser.Page page = chief.get("/console/power/items/" + v1);
            assertThat(page.html()).contains("name=\"command\" value=\"" + command + "\"");
            assertThat(chief.post("/console/power/items/" + v1 + "/move", Map.of("command", command), page).status())
                    .isEqualTo(302);
        }
        Browser.Page published = chief.get("/console/power/items/" + v1);
        assertThat(published.html()).contains("已公开", "id=\"power-amend\"");

        Browser anyone = new Browser(port);
        assertThat(anyone.get("/portal/power?name=" + enc(item.code())).html()).contains(item.name());

        Browser.Page amendForm = analyst.get("/console/power/items/" + v1 + "/amend");
        assertThat(amendForm.status()).isEqualTo(200);
        assertThat(amendForm.html()).as("prefilled from version 1")
                .contains("value=\"" + item.code() + "\"", "《产品质量法》第十八条", "value=\"产品质量监督处\"");
        Map<String, String> amended = new LinkedHashMap<>(item.formFields());
        amended.put("name", item.name() + "（修订）");
        amended.put("promisedDays", "8");
        Browser.Page amendment = analyst.post("/console/power/items/" + v1 + "/amend", amended, amendForm);
        assertThat(amendment.status()).isEqualTo(302);
        long v2 = idOf(amendment);
        assertThat(v2).isNotEqualTo(v1);
        assertThat(analyst.get("/console/power/items/" + v2).html()).contains(item.code() + " v2", "已起草",
                "8 个工作日");
        assertThat(anyone.get("/portal/power/" + item.code()).html()).as("version 1 stays public")
                .contains(item.name()).doesNotContain("（修订）");
    }

    private static long idOf(Browser.Page redirect) {
        Matcher m = ITEM.matcher(redirect.location());
        assertThat(m.find()).as("redirected to the item: " + redirect.location()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
