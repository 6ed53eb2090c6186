package org.qualityguard.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityguard.support.EnterpriseSheetBuilder.aSheet;
import static org.qualityguard.support.EnterpriseSheetBuilder.freshCreditCode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Api;
import org.qualityguard.support.EnterpriseSheetBuilder;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PlatformTest
class EnterpriseImportIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    JdbcClient jdbc;

    Api inspector;

    @BeforeEach
    void signIn() {
        inspector = Api.as(port, new Staff(administration).inspectorOf("320102"));
    }

    @Test
    void importsAValidCsvAndReimportingTheSameFileChangesNothing() {
        EnterpriseSheetBuilder sheet = aSheet().withValidRows(30, "320102");
        JsonNode first = inspector.upload("/api/v1/enterprises/import", "list.csv", sheet.csv()).body();
        assertThat(first.get("created").asInt()).isEqualTo(30);
        long trailAfterFirst = auditEntries();

        Api.Reply again = inspector.upload("/api/v1/enterprises/import", "list.csv", sheet.csv());

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("created").asInt()).isZero();
        assertThat(again.body().get("updated").asInt()).isZero();
        assertThat(again.body().get("unchanged").asInt()).isEqualTo(30);
        assertThat(versionOf(sheet.codeOfRow(0))).isZero();
        // Only the import itself is recorded; no enterprise entry, since nothing changed.
        assertThat(auditEntries()).isEqualTo(trailAfterFirst + 1);
    }

    @Test
    void anXlsxImportsLikeACsv() {
        EnterpriseSheetBuilder sheet = aSheet().withValidRows(12, "320102");
        Api.Reply reply = inspector.upload("/api/v1/enterprises/import", "list.xlsx", sheet.xlsx());
        assertThat(reply.body().get("created").asInt()).isEqualTo(12);
        assertThat(inspector.get("/api/v1/enterprises/" + sheet.codeOfRow(11)).status()).isEqualTo(200);
    }

    @Test
    void oneBadRowMeansNothingIsWrittenAndTheReportNamesRowFieldAndReason() {
        String good = freshCreditCode("320102");
        String badCheck = freshCreditCode("320102");
        badCheck = badCheck.substring(0, 17) + (badCheck.charAt(17) == '1' ? '2' : '1');
        EnterpriseSheetBuilder sheet = aSheet()
                .withRow(good, "甲食品有限公司", "食品生产企业", "乳制品", "320102")
                .withRow(badCheck, "乙食品有限公司", "食品生产企业", "乳制品", "320102")
                .withRow(freshCreditCode("320102"), "丙食品有限公司", "食品生产企业", "", "320102");

        Api.Reply reply = inspector.upload("/api/v1/enterprises/import", "bad.csv", sheet.csv());

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body().get("written").asBoolean()).isFalse();
        JsonNode errors = reply.body().get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(errors.get(0).get("field").asText()).isEqualTo("creditCode");
        assertThat(errors.get(0).get("code").asText()).isEqualTo("E1005");
        assertThat(errors.get(1).get("row").asInt()).isEqualTo(4);
        assertThat(errors.get(1).get("field").asText()).isEqualTo("foodCategory");
        assertThat(inspector.get("/api/v1/enterprises/" + good).status()).isEqualTo(404);
    }

    @Test
    void importingValidRowsOnlyWritesTheGoodRowsAndReportsTheOthers() {
        String good = freshCreditCode("320102");
        EnterpriseSheetBuilder sheet = aSheet()
                .withRow(good, "甲食品有限公司", "食品生产企业", "乳制品", "320102")
                .withRow(freshCreditCode("320102"), "乙", "食品生产企业", "乳制品", "320102");

        Api.Reply reply = inspector.upload("/api/v1/enterprises/import?mode=VALID_ROWS_ONLY", "mixed.csv", sheet.csv());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("created").asInt()).isEqualTo(1);
        assertThat(reply.body().get("rejected").asInt()).isEqualTo(1);
        assertThat(reply.body().get("errors").get(0).get("code").asText()).isEqualTo("E2002");
        assertThat(inspector.get("/api/v1/enterprises/" + good).status()).isEqualTo(200);
    }

    @Test
    void aCodeTwiceInOneFileIsRefusedNamingTheFirstRow() {
        String code = freshCreditCode("320102");
        EnterpriseSheetBuilder sheet = aSheet()
                .withRow(code, "甲食品有限公司", "食品生产企业", "乳制品", "320102")
                .withRow(code, "甲食品有限公司二", "食品生产企业", "乳制品", "320102");

        JsonNode error = inspector.upload("/api/v1/enterprises/import", "dup.csv", sheet.csv()).body()
                .get("errors").get(0);

        assertThat(error.get("code").asText()).isEqualTo("E2020");
        assertThat(error.get("row").asInt()).isEqualTo(3);
        assertThat(error.get("message").asText()).contains("第 2 行");
    }

    @Test
    void aChangedRowUpdatesTheEnterpriseAndRecordsBeforeAndAfter() {
        String code = freshCreditCode("320102");
        inspector.upload("/api/v1/enterprises/import", "v1.csv",
                aSheet().withRow(code, "旧名食品有限公司", "食品生产企业", "乳制品", "320102").csv());

        JsonNode result = inspector.upload("/api/v1/enterprises/import", "v2.csv",
                aSheet().withRow(code, "新名食品有限公司", "食品生产企业", "乳制品", "320102").csv()).body();

        assertThat(result.get("updated").asInt()).isEqualTo(1);
        assertThat(versionOf(code)).isEqualTo(1);
        String after = jdbc.sql("SELECT after_state FROM identity.audit_entry WHERE subject_id = ? ORDER BY id DESC LIMIT 1")
                .param(code).query(String.class).single();
        String before = jdbc.sql("SELECT before_state FROM identity.audit_entry WHERE subject_id = ? ORDER BY id DESC LIMIT 1")
                .param(code).query(String.class).single();
        assertThat(before).contains("旧名食品有限公司");
        assertThat(after).contains("新名食品有限公司");
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedNamingThem() {
        byte[] csv = "名称,地址\n甲,乙\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Api.Reply reply = inspector.upload("/api/v1/enterprises/import", "cols.csv", csv);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("creditCode", "categories", "divisionCode");
    }

    @Test
    void aCsvSavedByAChineseExcelInGb18030IsRead() {
        EnterpriseSheetBuilder sheet = aSheet().withValidRows(3, "320102");
        byte[] gb = new String(sheet.csv(), java.nio.charset.StandardCharsets.UTF_8)
                .getBytes(java.nio.charset.Charset.forName("GB18030"));
        assertThat(inspector.upload("/api/v1/enterprises/import", "gb.csv", gb).body().get("created").asInt())
                .isEqualTo(3);
    }

    @Test
    void anEnterpriseRegisteredInAnotherCountyCannotBeOverwrittenByImport() {
        Api otherCounty = Api.as(port, new Staff(administration).inspectorOf("320104"));
        String code = freshCreditCode("320104");
        otherCounty.upload("/api/v1/enterprises/import", "a.csv",
                aSheet().withRow(code, "秦淮食品有限公司", "食品生产企业", "乳制品", "320104").csv());

        Api.Reply reply = inspector.upload("/api/v1/enterprises/import", "b.csv",
                aSheet().withRow(code, "被改名食品有限公司", "食品生产企业", "乳制品", "320102").csv());

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body().get("errors").get(0).get("code").asText()).isEqualTo("E9004");
        assertThat(otherCounty.get("/api/v1/enterprises/" + code).body().get("name").asText()).isEqualTo("秦淮食品有限公司");
    }

    private long auditEntries() {
        return jdbc.sql("SELECT count(*) FROM identity.audit_entry").query(Long.class).single();
    }

    private int versionOf(String code) {
        return jdbc.sql("SELECT version FROM enterprise.enterprise WHERE credit_code = ?").param(code)
                .query(Integer.class).single();
    }
}
