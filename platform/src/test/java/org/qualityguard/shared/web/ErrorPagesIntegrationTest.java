package org.qualityguard.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Browser;
import org.qualityguard.support.EnterpriseSheetBuilder;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Failures are answered in the platform's own terms: console and portal errors as pages in their frame and the
 * reader's language, saying what to do next; API errors as {"errors":[...]} JSON with a stable code, in the language
 * the client asked for.
 */
@PlatformTest
class ErrorPagesIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    Environment environment;

    @Test
    void aForbiddenConsolePageIsFramedInTheReadersLanguageAndSaysWhomToAsk() {
        Browser inspector = new Browser(port).signIn(new Staff(administration).inspectorOf("320102"));
        Browser.Page chinese = inspector.get("/console/admin/staff");
        assertThat(chinese.status()).isEqualTo(403);
        assertThat(chinese.html()).contains("class=\"console-nav\"", "无权访问", "系统管理员", "+08:00")
                .doesNotContain("Whitelabel");
        inspector.get("/console?lang=en");
        Browser.Page english = inspector.get("/console/admin/staff");
        assertThat(english.status()).isEqualTo(403);
        assertThat(english.html()).contains("Not allowed", "administrator").doesNotContain("无权访问", "Whitelabel");
    }

    @Test
    void aBadConsoleRequestAndAnUnknownConsoleAddressAreFramedPages() {
        Browser inspector = new Browser(port).signIn(new Staff(administration).inspectorOf("320102"));
        Browser.Page bad = inspector.get("/console/inspection/worklist?day=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.html()).contains("class=\"console-nav\"", "请求有误", "返回").doesNotContain("Whitelabel");
        Browser.Page missing = inspector.get("/console/no-such-page");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.html()).contains("class=\"console-nav\"", "找不到页面").doesNotContain("Whitelabel");
    }

    @Test
    void anUnknownPortalAddressIsFramedInThePortal() {
        Browser.Page missing = new Browser(port).get("/portal/no-such-page");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.html()).contains("class=\"portal-header\"", "class=\"portal-footer\"", "找不到页面",
                "返回首页").doesNotContain("console-nav", "Whitelabel");
    }

    @Test
    void anUnknownOrMalformedLanguageFallsBackToChineseWithoutAnError() {
        for (String lang : new String[] {"fr", "xx!!", "zz_ZZ_%3Cscript%3E", "%20", "zh-TW"}) {
            Browser visitor = new Browser(port);
            Browser.Page home = visitor.get("/?lang=" + lang);
            assertThat(home.status()).as(lang).isEqualTo(200);
            assertThat(home.html()).as(lang).contains("English");
            assertThat(visitor.get("/").html()).as(lang + " remembered").contains("English");
        }
    }

    @Test
    void apiErrorsStayJsonForUnknownAddressesMethodsAndMediaTypes() throws Exception {
        Staff.Member member = new Staff(administration).inspectorOf("320102");
        assertError(send(member, "GET", "/api/v1/no-such-thing", null, null, null), 404, "E1051");
        assertError(send(member, "DELETE", "/api/v1/enterprises", null, null, null), 405, "E1052");
        assertError(send(member, "POST", "/api/v1/enterprises", "text/plain", "x".getBytes(), null), 415, "E1053");
    }

    @Test
    void anOversizeUploadIsAnsweredWithAnErrorNamingTheLimit() throws Exception {
        DataSize limit = DataSize.parse(environment.getProperty("spring.servlet.multipart.max-file-size"));
        String boundary = "qg" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[(int) limit.toBytes() + 1024];
        System.arraycopy(head, 0, body, 0, head.length);
        HttpResponse<String> reply = send(new Staff(administration).inspectorOf("320102"), "POST",
                "/api/v1/enterprises/import", "multipart/form-data; boundary=" + boundary, body, null);
        JsonNode error = assertError(reply, 413, "E1022");
        assertThat(error.get("message").asString()).contains(limit.toMegabytes() + " MB");
    }

    @Test
    void anUnreadableWorkbookIsExplainedInTheUsersWordsWithoutTheReadersText() throws Exception {
        Staff.Member member = new Staff(administration).inspectorOf("320102");
        String boundary = "qg" + UUID.randomUUID();
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"broken.xlsx\""
                + "\r\nContent-Type: application/octet-stream\r\n\r\nPK\u0003\u0004 not really a workbook\r\n--"
                + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        JsonNode error = assertError(send(member, "POST", "/api/v1/enterprises/import",
                "multipart/form-data; boundary=" + boundary, body, null), 400, "E1031");
        assertThat(error.get("message").asString()).contains(".xlsx", "另存为")
                .doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("zip")
                .doesNotContain("org.apache", "POI");
    }

    @Test
    void theApiAnswersInEnglishWhenTheClientAcceptsEnglishAndInChineseOtherwise() throws Exception {
        Staff.Member member = new Staff(administration).inspectorOf("320102");
        String path = "/api/v1/enterprises/" + EnterpriseSheetBuilder.freshCreditCode("320102");
        JsonNode english = assertError(send(member, "GET", path, null, null, "en-US,en;q=0.9"), 404, "E9002");
        assertThat(english.get("message").asString()).contains("was not found");
        JsonNode chinese = assertError(send(member, "GET", path, null, null, null), 404, "E9002");
        assertThat(chinese.get("message").asString()).contains("未找到");
        JsonNode other = assertError(send(member, "GET", path, null, null, "fr-FR"), 404, "E9002");
        assertThat(other.get("message").asString()).contains("未找到");
        JsonNode unknownAddress = assertError(send(member, "GET", "/api/v1/no-such-thing", null, null, "en"), 404,
                "E1051");
        assertThat(unknownAddress.get("message").asString()).startsWith("There is no such address");
    }

    private static JsonNode assertError(HttpResponse<String> reply, int status, String code) {
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(status);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode error = JSON.readTree(reply.body()).get("errors").get(0);
        assertThat(error.get("code").asString()).isEqualTo(code);
        assertThat(error.get("message").asString()).isNotBlank();
        return error;
    }

    private HttpResponse<String> send(Staff.Member member, String method, String path, String contentType,
                                      byte[] body, String language) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (member.username() + ":" + member.password()).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
