package org.qualityguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityguard.support.EnterpriseSheetBuilder.freshCreditCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.qualityguard.identity.ListExports;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.inspection.DecidedLot;
import org.qualityguard.inspection.LotDecisions;
import org.qualityguard.inspection.RiskWarnings;
import org.qualityguard.inspection.domain.LotDeclaration;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.supervision.Coverage;
import org.qualityguard.supervision.InspectionPlans;
import org.qualityguard.support.Api;
import org.qualityguard.support.Browser;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every console list exports to .xlsx with the list's own filters, Chinese titles from the bundles (English ones
 * with ?lang=en), dates as dates, only what its reader may see, and each export on the audit trail.
 */
@PlatformTest
class ListExportIntegrationTest {

    private static final String XUANWU = "320102";
    private static final String GUSU = "320508";

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    LotDecisions decisions;
    @Autowired
    RiskWarnings warnings;
    @Autowired
    Coverage coverage;
    @Autowired
    InspectionPlans plans;
    @Autowired
    Clock clock;

    private final String tag = "exp" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @Test
    void everyListExportsToExcelWithItsFilters() {
        Staff staff = new Staff(administration);
        Staff.Member official = staff.withRoles("320000", Role.ADMIN, Role.INSPECTOR, Role.ANALYST, Role.CHIEF);
        StaffUser reader = user(official, "320000");
        Fixture data = fixture(staff);
        Browser console = new Browser(port).signIn(official);
        LocalDate today = LocalDate.now(clock);

        List<List<String>> registry = read(console.download("/console/enterprises/export?name=" + tag
                + "&division=" + XUANWU + "&sort=code&dir=desc"));
        assertThat(registry.get(0)).startsWith("统一社会信用代码", "名称", "类别");
        assertThat(registry.subList(1, registry.size())).extracting(r -> r.get(0))
                .containsExactlyElementsOf(data.xuanwuCodes.stream().sorted((a, b) -> b.compareTo(a)).toList());
        assertThat(registry.get(1).get(7)).isEqualTo("南京市 玄武区");

        List<List<String>> overdue = read(console.download("/console/equipment/export?due=OVERDUE"));
        assertThat(overdue.get(0)).containsExactly("使用登记证编号", "设备种类", "使用单位", "行政区划",
                "上次定期检验", "检验结论", "下次检验日期", "已逾期");
        assertThat(overdue).extracting(r -> r.get(0)).contains(data.overdueUnit).doesNotContain(data.currentUnit);
        for (List<String> row : overdue.subList(1, overdue.size())) {
            assertThat(LocalDate.parse(row.get(6))).isBefore(today);
            assertThat(row.get(7)).isEqualTo("是");
        }

        List<List<String>> worklist = read(console.download("/console/inspection/worklist/export?bureau=CIQ-NJ&day="
                + today));
        assertThat(worklist.get(0)).startsWith("报检批号");
        assertThat(worklist.subList(1, worklist.size())).extracting(r -> r.get(0)).containsExactlyElementsOf(
                decisions.worklist(reader, Optional.of("CIQ-NJ"), today).stream().map(DecidedLot::lotId).toList());
        assertThat(worklist.subList(1, worklist.size())).allSatisfy(r -> assertThat(r.get(1)).isEqualTo("CIQ-NJ"));

        List<List<String>> warningRows = read(console.download("/console/inspection/warnings/export"));
        assertThat(warningRows.get(0)).startsWith("级别");
        assertThat(warningRows).hasSize(1 + warnings.list(reader).size());

        Coverage.Report report = coverage.of(reader, today.getYear());
        List<List<String>> coverageRows = read(console.download("/console/supervision/coverage/export?year="
                + today.getYear()));
        assertThat(coverageRows.get(0)).startsWith("层级", "区划代码", "行政区划");
        assertThat(coverageRows).hasSize(1 + report.cities().size() + report.counties().size() + 1);

        List<List<String>> planRows = read(console.download("/console/supervision/plans/export"));
        assertThat(planRows.get(0)).startsWith("计划编号", "行政区划", "年度");
        assertThat(planRows).hasSize(1 + plans.list(reader).size());

        List<List<String>> english = read(console.download("/console/admin/audit/export?lang=en&actor="
                + official.username() + "&action=" + ListExports.ACTION));
        assertThat(english.get(0)).startsWith("No.");
        assertThat(english.subList(1, english.size())).hasSize(6)
                .allSatisfy(r -> assertThat(r.get(2)).isEqualTo(official.username()))
                .allSatisfy(r -> assertThat(r.get(1)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"));
        assertThat(english.get(1).get(5)).isEqualTo("supervision.plans");

        // the API answers the same lists as sheets
        assertThat(read(console.download("/console/admin/audit/export?actor=" + official.username())))
                .hasSizeGreaterThan(7);
    }

    @Test
    void exportsStayInsideTheReadersDivision() {
        Staff staff = new Staff(administration);
        Fixture data = fixture(staff);
        Staff.Member county = staff.adminOf(XUANWU);
        Browser console = new Browser(port).signIn(county);

        List<List<String>> registry = read(console.download("/console/enterprises/export?name=" + tag));
        assertThat(registry.subList(1, registry.size())).extracting(r -> r.get(0))
                .containsExactlyInAnyOrderElementsOf(data.xuanwuCodes).doesNotContainAnyElementsOf(data.gusuCodes);
        // a division outside the reader's is narrowed to nothing, not widened to it
        assertThat(read(console.download("/console/enterprises/export?name=" + tag + "&division=" + GUSU)))
                .hasSize(1);

        List<List<String>> units = read(console.download("/console/equipment/export"));
        assertThat(units).extracting(r -> r.get(0)).contains(data.overdueUnit).doesNotContain(data.gusuUnit);
        assertThat(units.subList(1, units.size())).allSatisfy(r -> assertThat(r.get(3)).isEqualTo("南京市 玄武区"));

        List<List<String>> worklist = read(console.download("/console/inspection/worklist/export?bureau=CIQ-SZ"));
        assertThat(worklist).hasSize(1);

        List<List<String>> audit = read(console.download("/console/admin/audit/export"));
        assertThat(audit.subList(1, audit.size())).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get(6)).isEqualTo("南京市 玄武区"));

        Browser.Download gusu = new Browser(port).signIn(staff.inspectorOf(GUSU))
                .fetch("/console/enterprises/export?name=" + tag);
        assertThat(gusu.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
        List<List<String>> gusuRows = read(gusu.body());
        assertThat(gusuRows.subList(1, gusuRows.size())).extracting(r -> r.get(0))
                .containsExactlyInAnyOrderElementsOf(data.gusuCodes);

        // the API's sheets are the same lists under the same scope
        List<List<String>> apiRows = read(apiSheet(county, "/api/v1/enterprises?format=xlsx&name=" + tag));
        assertThat(apiRows.subList(1, apiRows.size())).extracting(r -> r.get(0))
                .containsExactlyInAnyOrderElementsOf(data.xuanwuCodes);
        assertThat(read(apiSheet(county, "/api/v1/equipment/units?format=xlsx"))).extracting(r -> r.get(0))
                .contains(data.overdueUnit).doesNotContain(data.gusuUnit);
    }

    private record Fixture(List<String> xuanwuCodes, List<String> gusuCodes, String overdueUnit, String currentUnit,
                           String gusuUnit) {
    }

    /** Three enterprises in Xuanwu and two in Gusu with the test's tag; units due long ago and next year. */
    private Fixture fixture(Staff staff) {
        Api xuanwu = Api.as(port, staff.inspectorOf(XUANWU));
        Api gusu = Api.as(port, staff.inspectorOf(GUSU));
        List<String> xuanwuCodes = new ArrayList<>();
        List<String> gusuCodes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            xuanwuCodes.add(register(xuanwu, XUANWU, i));
        }
        for (int i = 0; i < 2; i++) {
            gusuCodes.add(register(gusu, GUSU, i));
        }
        String suffix = Long.toString(System.nanoTime() % 100_000_000);
        String header = "使用登记证编号,设备种类,使用单位统一社会信用代码,维保单位,所在地行政区划代码,投入使用日期,安全状况等级,上次定期检验日期,检验结论\n";
        LocalDate today = LocalDate.now(clock);
        String overdue = "梯11苏A" + suffix;
        String current = "梯12苏A" + suffix;
        String gusuUnit = "梯13苏E" + suffix;
        String units = header + overdue + ",电梯," + xuanwuCodes.get(0) + ",," + XUANWU + ",2015-04-01,,"
                + today.minusYears(3) + ",合格\n" + current + ",电梯," + xuanwuCodes.get(0) + ",," + XUANWU
                + ",2015-04-01,," + today.minusMonths(1) + ",合格\n";
        assertThat(xuanwu.upload("/api/v1/equipment/units/import", "u.csv", units.getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(200);
        String other = header + gusuUnit + ",电梯," + gusuCodes.get(0) + ",," + GUSU + ",2015-04-01,,"
                + today.minusYears(3) + ",合格\n";
        assertThat(gusu.upload("/api/v1/equipment/units/import", "u.csv", other.getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(200);
        Staff.Member nanjing = staff.inspectorOf("320100");
        decisions.decideAll(user(nanjing, "320100"), List.of(new LotDeclaration("EX" + suffix, today.toString(),
                "CIQ-NJ", "IMPORT", "0802120000", "US", tag + "进口有限公司", "Export Test Orchards", "10", "900")));
        return new Fixture(xuanwuCodes, gusuCodes, overdue, current, gusuUnit);
    }

    private String register(Api api, String division, int i) {
        String code = freshCreditCode(division);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("creditCode", code);
        e.put("name", tag + "电梯使用单位" + i + "有限公司");
        e.put("categories", List.of("SPECIAL_EQUIPMENT_USER"));
        e.put("divisionCode", division);
        assertThat(api.post("/api/v1/enterprises", e).status()).isEqualTo(201);
        return code;
    }

    private byte[] apiSheet(Staff.Member member, String path) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + path)).header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((member.username() + ":" + member.password())
                    .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StaffUser user(Staff.Member member, String division) {
        return new StaffUser(member.account().id(), member.username(), member.username(), "", true, 0, "测试机构",
                new DivisionCode(division), EnumSet.copyOf(member.account().roles()));
    }

    /** The first sheet as text, cell by cell as Excel shows it (dates in their yyyy-mm-dd format). */
    private static List<List<String>> read(byte[] xlsx) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter format = new DataFormatter();
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
