package org.qualityguard.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityguard.support.EnterpriseSheetBuilder.freshCreditCode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Api;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformTest
class EnterpriseApiIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;

    Api api;

    @BeforeEach
    void signIn() {
        api = Api.as(port, new Staff(administration).inspectorOf("320102"));
    }

    @Test
    void registersReadsAndChangesAnEnterprise() {
        String code = freshCreditCode("320102");
        Api.Reply created = api.post("/api/v1/enterprises", enterprise(code, "玄武接口测试有限公司"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("divisionName").asText()).isEqualTo("南京市玄武区");

        Map<String, Object> change = enterprise(code, "玄武接口测试有限公司（更名）");
        change.put("version", 0);
        JsonNode changed = api.put("/api/v1/enterprises/" + code, change).body();

        assertThat(changed.get("name").asText()).isEqualTo("玄武接口测试有限公司（更名）");
        assertThat(changed.get("version").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/enterprises/" + code).body().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void aStaleVersionIsRefusedSoNoEditIsLostSilently() {
        String code = freshCreditCode("320102");
        api.post("/api/v1/enterprises", enterprise(code, "玄武版本测试有限公司"));
        Map<String, Object> first = enterprise(code, "第一次修改有限公司");
        first.put("version", 0);
        api.put("/api/v1/enterprises/" + code, first);

        Map<String, Object> second = enterprise(code, "第二次修改有限公司");
        second.put("version", 0);
        Api.Reply reply = api.put("/api/v1/enterprises/" + code, second);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("errors").get(0).get("code").asText()).isEqualTo("E2031");
    }

    @Test
    void anInvalidCreditCodeIsRefusedWithTheReason() {
        Api.Reply reply = api.post("/api/v1/enterprises", enterprise("914403001922038217", "校验码错误有限公司"));
        assertThat(reply.status()).isEqualTo(400);
        JsonNode error = reply.body().get("errors").get(0);
        assertThat(error.get("code").asText()).isEqualTo("E1005");
        assertThat(error.get("field").asText()).isEqualTo("creditCode");
        assertThat(error.get("message").asText()).contains("应为“6”");
    }

    @Test
    void aDuplicateRegistrationIsRefused() {
        String code = freshCreditCode("320102");
        api.post("/api/v1/enterprises", enterprise(code, "玄武重复测试有限公司"));
        Api.Reply reply = api.post("/api/v1/enterprises", enterprise(code, "玄武重复测试有限公司"));
        assertThat(reply.body().get("errors").get(0).get("code").asText()).isEqualTo("E2011");
    }

    @Test
    void theCreditCodeCannotBeChanged() {
        String code = freshCreditCode("320102");
        api.post("/api/v1/enterprises", enterprise(code, "玄武键测试有限公司"));
        Map<String, Object> change = enterprise(freshCreditCode("320102"), "玄武键测试有限公司");
        change.put("version", 0);
        assertThat(api.put("/api/v1/enterprises/" + code, change).body().get("errors").get(0).get("code").asText())
                .isEqualTo("E2030");
    }

    @Test
    void malformedJsonAndBadParametersGetTheErrorFormat() {
        assertThat(api.post("/api/v1/enterprises", "not json").body().get("errors").get(0).get("code").asText())
                .isEqualTo("E1020");
        assertThat(api.get("/api/v1/enterprises?division=12345").body().get("errors").get(0).get("code").asText())
                .isEqualTo("E1010");
        assertThat(api.get("/api/v1/enterprises?category=BAKERY").body().get("errors").get(0).get("field").asText())
                .isEqualTo("category");
    }

    @Test
    void listsFilterByCategoryNameFragmentAndPage() {
        for (int i = 0; i < 3; i++) {
            api.post("/api/v1/enterprises", enterprise(freshCreditCode("320102"), "分页过滤甲乙丙有限公司" + i));
        }
        JsonNode page = api.get("/api/v1/enterprises?name=分页过滤甲乙丙&category=FOOD_PRODUCER&size=2&page=1").body();
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("name").asText()).isEqualTo("分页过滤甲乙丙有限公司2");
    }

    @Test
    void aBroadListCountsEveryMatchExactlyBeyondTenThousand() {
        Api suqian = Api.as(port, new Staff(administration).inspectorOf("321311"));
        suqian.upload("/api/v1/enterprises/import", "many.csv",
                org.qualityguard.support.EnterpriseSheetBuilder.aSheet().withValidRows(10_001, "321311").csv());

        JsonNode broad = suqian.get("/api/v1/enterprises?size=5").body();
        JsonNode narrow = suqian.get("/api/v1/enterprises?creditCode=" + broad.get("items").get(0).get("creditCode")
                .asText()).body();

        // the count was once cut at 10,000 ("more than 10,000", the pager ending at page 500); it is exact now
        assertThat(broad.get("exactTotal").asBoolean()).isTrue();
        assertThat(broad.get("total").asLong()).isGreaterThanOrEqualTo(10_001);
        assertThat(broad.get("totalPages").asLong()).isEqualTo((broad.get("total").asLong() + 4) / 5);
        assertThat(broad.get("items")).hasSize(5);
        assertThat(narrow.get("exactTotal").asBoolean()).isTrue();
        assertThat(narrow.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void theOpenApiDocumentDescribesTheRegistry() {
        Api.Reply docs = api.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").has("/api/v1/enterprises/{creditCode}")).isTrue();
    }

    private static Map<String, Object> enterprise(String code, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("creditCode", code);
        body.put("name", name);
        body.put("categories", List.of("FOOD_PRODUCER"));
        body.put("foodCategory", "DAIRY_PRODUCTS");
        body.put("divisionCode", "320102");
        return body;
    }
}
