package org.qualityguard.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Browser;
import org.qualityguard.support.BusinessDay;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console: an inspector registers a lead by the list's form, the chief files it, the file takes a photo by upload
 * (its SHA-256 shown), the case page shows its clocks, and a decision citing evidence not in the file is refused on
 * the page with the fact named. The menu entry leads to the list.
 */
@PlatformTest
class CaseConsoleIntegrationTest {

    /** 泰州市 泰兴市: no other test acts there. */
    private static final String TAIXING = "321283";
    private static final Pattern CASE_LINK = Pattern.compile("/console/enforcement/cases/(\\d+)");

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;

    @Test
    void aLeadRegisteredInTheConsoleIsFiledTakesEvidenceAndADecisionCitingMissingEvidenceIsRefusedOnThePage() {
        Staff staff = new Staff(administration);
        PenaltyBureau bureau = PenaltyBureau.of(port, staff, TAIXING);
        Browser inspector = new Browser(port).signIn(bureau.inspectorMember());
        Browser.Page list = inspector.get("/console/enforcement/cases");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html()).contains("id=\"open-form\"", "href=\"/console/enforcement/cases\"");
        Map<String, String> lead = new LinkedHashMap<>();
        lead.put("itemCode", bureau.item());
        lead.put("partyKind", "PERSON");
        lead.put("personName", "李某");
        lead.put("division", TAIXING);
        lead.put("summary", "经营场所使用超期未检的电梯");
        lead.put("leadOn", BusinessDay.today().toString());
        Browser.Page opened = inspector.post("/console/enforcement/cases", lead, list);
        assertThat(opened.status()).isEqualTo(302);
        Matcher m = CASE_LINK.matcher(opened.location());
        assertThat(m.find()).as(opened.location()).isTrue();
        String path = "/console/enforcement/cases/" + m.group(1);
        Browser.Page page = inspector.get(path);
        assertThat(page.html()).contains("案件线索", "立案期限", "李某").doesNotContain("value=\"file\"");

        Browser chief = new Browser(port).signIn(bureau.chiefMember());
        Browser.Page chiefPage = chief.get(path);
        assertThat(chiefPage.html()).contains("name=\"command\" value=\"file\"");
        assertThat(chief.post(path + "/move", Map.of("command", "file"), chiefPage).status()).isEqualTo(302);
        page = inspector.get(path);
        assertThat(page.html()).contains("已立案", "办案期限", "value=\"investigate\"");
        inspector.post(path + "/move", Map.of("command", "investigate"), page);
        page = inspector.get(path);
        byte[] photo = "照片".getBytes(StandardCharsets.UTF_8);
        inspector.postMultipart(path + "/evidence", Map.of("kind", "PHOTO", "title", "电梯检验标志", "source", "现场拍摄",
                "collectedBy", "执法人员甲", "collectedOn", BusinessDay.today().toString()), "file", "p.jpg", photo, page);
        page = inspector.get(path);
        assertThat(page.html()).contains("电梯检验标志", CaseFiles.sha256(photo));
        inspector.post(path + "/move", Map.of("command", "notify", "intendedFine", "50000"), page);

        chiefPage = chief.get(path);
        assertThat(chiefPage.html()).contains("id=\"decision-form\"", "id=\"similar\"", "已事先告知");
        Map<String, String> decision = new LinkedHashMap<>();
        decision.put("procedure", "ORDINARY");
        decision.put("facts", "使用超期未检电梯｜999999999");
        decision.put("legalBasis", "《特种设备安全法》第八十四条");
        decision.put("circumstance", "轻微");
        decision.put("fine", "50000");
        decision.put("reasoning", "首次违法");
        assertThat(chief.post(path + "/decision", decision, chiefPage).status()).isEqualTo(302);
        assertThat(chief.get(path).html()).contains("第 1 项事实引用的证据 999999999 不在本案案卷中", "已事先告知");
    }
}
