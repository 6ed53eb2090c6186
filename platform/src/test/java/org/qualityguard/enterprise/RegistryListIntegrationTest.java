package org.qualityguard.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityguard.support.EnterpriseSheetBuilder.freshCreditCode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qualityguard.enterprise.domain.Enterprise;
import org.qualityguard.enterprise.domain.EnterpriseCategory;
import org.qualityguard.enterprise.persistence.Enterprises;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.CreditCode;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.Page;
import org.qualityguard.shared.PageCursor;
import org.qualityguard.shared.PageRequest;
import org.qualityguard.shared.SortOrder;
import org.qualityguard.support.Api;
import org.qualityguard.support.Browser;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The registry's list over 12,000 enterprises of one tag (written with COPY, as an import writes them): an exact
 * total, every page to the last, a typed page beyond the last answered with the last and a message, a stable order
 * when names repeat, and pages reached by seeking equal to pages cut by offset.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryListIntegrationTest {

    private static final int SEEDED = 12_000;
    /** Each name is given to four enterprises, so that only the credit code orders them. */
    private static final int NAMES = 3_000;
    private static final String[] DIVISIONS = {"320102", "320106", "320302", "320505"};

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    Enterprises enterprises;
    @Autowired
    EnterpriseRegistry registry;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;

    private final String tag = "lst" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private final StaffUser province = StaffUser.system(new DivisionCode("320000"));

    @BeforeAll
    void seed() {
        List<Enterprise> rows = new ArrayList<>();
        for (int i = 0; i < SEEDED; i++) {
            String division = DIVISIONS[i % DIVISIONS.length];
            rows.add(new Enterprise(new CreditCode(freshCreditCode(division)),
                    tag + "企业" + String.format("%04d", (i * 7) % NAMES) + "有限公司",
                    EnumSet.of(EnterpriseCategory.FOOD_PRODUCER), null, new DivisionCode(division), null, null,
                    false, 0));
        }
        tx.executeWithoutResult(s -> enterprises.upsertAll(rows, n -> { }));
        jdbc.sql("ANALYZE enterprise.enterprise").update();
    }

    @Test
    void theRegistryPagesToItsLastPageWithAnExactTotal() {
        Browser admin = new Browser(port).signIn(new Staff(administration).adminOf("320000"));
        Browser.Page last = admin.get("/console/enterprises?name=" + tag + "&jump=600");
        assertThat(last.status()).isEqualTo(200);
        assertThat(last.html()).contains("共 12000 家企业", "第 600 / 600 页").doesNotContain("id=\"page-beyond\"");
        assertThat(last.html()).contains(tag + "企业2999有限公司");
        assertThat(rowsOn(last.html())).isEqualTo(20);

        JsonNode api = Api.as(port, new Staff(administration).adminOf("320000"))
                .get("/api/v1/enterprises?name=" + tag + "&page=599&size=20").body();
        assertThat(api.get("total").asLong()).isEqualTo(SEEDED);
        assertThat(api.get("exactTotal").asBoolean()).isTrue();
        assertThat(api.get("totalPages").asInt()).isEqualTo(600);
        assertThat(api.get("items").size()).isEqualTo(20);
        assertThat(api.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void aTypedPageBeyondTheLastIsClampedWithAMessage() {
        Browser admin = new Browser(port).signIn(new Staff(administration).adminOf("320000"));
        Browser.Page beyond = admin.get("/console/enterprises?name=" + tag + "&jump=721");
        assertThat(beyond.status()).isEqualTo(200);
        assertThat(beyond.html()).contains("没有第 721 页：共 600 页，已显示最后一页。", "第 600 / 600 页");
        assertThat(rowsOn(beyond.html())).isEqualTo(20);

        Page<Enterprise> clamped = registry.list(province, filter(), new PageRequest(10_000, 20));
        assertThat(clamped.page()).isEqualTo(599);
        assertThat(clamped.clamped()).isTrue();
        assertThat(clamped.requestedPage()).isEqualTo(10_000);
    }

    @Test
    void sortingByNameIsStableAcrossPages() {
        for (boolean descending : new boolean[] {false, true}) {
            List<String> walked = walk(new SortOrder("name", descending));
            assertThat(walked).hasSize(SEEDED);
            assertThat(new HashSet<>(walked)).hasSize(SEEDED);
            assertThat(walked).isEqualTo(expected("name", descending));
        }
        // the same page asked twice is the same rows: ties are broken by the credit code, not by chance
        PageRequest middle = new PageRequest(313, 20, new SortOrder("name", false), null);
        assertThat(codes(registry.list(province, filter(), middle)))
                .isEqualTo(codes(registry.list(province, filter(), middle)));
    }

    @Test
    void keysetPagingReturnsTheSameRowsAsOffsetPaging() {
        for (String key : List.of("name", "code", "division")) {
            for (boolean descending : new boolean[] {false, true}) {
                SortOrder sort = new SortOrder(key, descending);
                List<String> byOffset = expected(key, descending);
                List<String> walked = walk(sort);
                assertThat(walked).as("walked by cursor, %s", sort).isEqualTo(byOffset);
                for (int page : new int[] {0, 1, 2, 17, 29, 30, 31, 58, 59}) {
                    Page<Enterprise> byNumber = registry.list(province, filter(), new PageRequest(page, 200, sort, null));
                    assertThat(codes(byNumber)).as("page %d by number, %s", page, sort)
                            .isEqualTo(byOffset.subList(page * 200, Math.min(SEEDED, page * 200 + 200)));
                }
                // "previous" from a page seeks back to exactly the page before it
                Page<Enterprise> page5 = registry.list(province, filter(), new PageRequest(5, 200, sort, null));
                Page<Enterprise> back = registry.list(province, filter(), new PageRequest(4, 200, sort,
                        PageCursor.decode(page5.previousCursor()).orElseThrow()));
                assertThat(codes(back)).isEqualTo(byOffset.subList(800, 1000));
            }
        }
    }

    @Test
    void divisionsAreShownWithTheirCity() {
        Browser admin = new Browser(port).signIn(new Staff(administration).adminOf("320000"));
        String html = admin.get("/console/enterprises?name=" + tag + "&division=320106").html();
        assertThat(html).contains(">南京市 鼓楼区</option>", ">徐州市 鼓楼区</option>");
        assertThat(html).contains("<td>南京市 鼓楼区</td>").doesNotContain("<td>徐州市 鼓楼区</td>");
        String xuzhou = admin.get("/console/enterprises?name=" + tag + "&division=320302").html();
        assertThat(xuzhou).contains("<td>徐州市 鼓楼区</td>").doesNotContain("<td>南京市 鼓楼区</td>");
    }

    @Test
    void aRememberedTotalIsExactAgainAsSoonAsTheRegistryIsWrittenTo() {
        String other = "cnt" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        EnterpriseFilter filter = EnterpriseFilter.parse(null, null, other, null);
        PageRequest first = new PageRequest(0, 20);
        assertThat(registry.list(province, filter, first).total()).isZero();
        assertThat(registry.list(province, filter, first).total()).as("remembered").isZero();

        tx.executeWithoutResult(s -> enterprises.insert(enterprise(other + "一号有限公司")));
        assertThat(registry.list(province, filter, first).total()).as("after a committed write").isEqualTo(1);

        tx.executeWithoutResult(s -> {
            enterprises.insert(enterprise(other + "二号有限公司"));
            assertThat(registry.list(province, filter, first).total()).as("inside the writing transaction")
                    .isEqualTo(2);
            s.setRollbackOnly();
        });
        assertThat(registry.list(province, filter, first).total()).as("after the write was rolled back")
                .isEqualTo(1);
        assertThat(registry.list(province, filter, new PageRequest(0, 20)).items()).hasSize(1);
    }

    private static Enterprise enterprise(String name) {
        return new Enterprise(new CreditCode(freshCreditCode("320102")), name,
                EnumSet.of(EnterpriseCategory.FOOD_PRODUCER), null, new DivisionCode("320102"), null, null, false, 0);
    }

    private EnterpriseFilter filter() {
        return EnterpriseFilter.parse(null, null, tag, null);
    }

    /** Every page from the first, following "next" as the pager's links do. */
    private List<String> walk(SortOrder sort) {
        List<String> codes = new ArrayList<>();
        PageRequest request = new PageRequest(0, 200, sort, null);
        while (true) {
            Page<Enterprise> page = registry.list(province, filter(), request);
            codes.addAll(codes(page));
            if (page.nextCursor() == null) {
                return codes;
            }
            request = new PageRequest(page.page() + 1, 200, sort, PageCursor.decode(page.nextCursor()).orElseThrow());
        }
    }

    /** The order by plain ORDER BY … OFFSET, as the database sorts, which the pages must equal. */
    private List<String> expected(String key, boolean descending) {
        String column = switch (key) {
            case "name" -> "name";
            case "code" -> "credit_code";
            default -> "division_code";
        };
        String dir = descending ? " DESC" : "";
        return jdbc.sql("SELECT credit_code FROM enterprise.enterprise WHERE name LIKE ? ORDER BY " + column + dir
                        + ", credit_code" + dir)
                .param("%" + tag + "%").query(String.class).list();
    }

    private static List<String> codes(Page<Enterprise> page) {
        return page.items().stream().map(e -> e.creditCode().value()).toList();
    }

    private static int rowsOn(String html) {
        String body = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
        return body.split("<tr>", -1).length - 1;
    }
}
