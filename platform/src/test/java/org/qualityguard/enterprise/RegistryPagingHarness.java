package org.qualityguard.enterprise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.qualityguard.QualityGuardApplication;
import org.qualityguard.enterprise.domain.Enterprise;
import org.qualityguard.enterprise.domain.EnterpriseCategory;
import org.qualityguard.enterprise.persistence.Enterprises;
import org.qualityguard.identity.Divisions;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.CreditCode;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.DivisionLevel;
import org.qualityguard.shared.PageRequest;
import org.qualityguard.support.Browser;
import org.qualityguard.support.Staff;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 15.7's bar: page 521 of the registry costs what page 2 does. Fills an embedded database under
 * target/registry-paging-pg once with N enterprises (default 50,000, written with COPY across every county of the
 * table), then times console pages as a signed-in province administrator: page 2 and page 521 following the pager
 * (by number, as a typed jump), page 521 reached by its "next" cursor, the last page, and the same in other orders
 * and filtered to a city, then the registry's own list() and the exact count without HTTP. Prints median and 95th
 * percentile over 200 requests each (or the second argument's number), and the count's plan. Pages read the total
 * the registry remembers between writes ({@code shared.database.CountCache}); the count line is what the first page
 * after a write pays. Not a test: run it by hand — {@code mvn -B -q -pl platform test-compile} then
 * {@code java -cp "platform/target/classes:platform/target/test-classes:$(cat platform/target/cp.txt)"
 * org.qualityguard.enterprise.RegistryPagingHarness 50000}.
 */
public final class RegistryPagingHarness {

    /** Requests per measurement; a second argument lowers it for a slow, large run. */
    private static int runs = 200;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        runs = args.length > 1 ? Integer.parseInt(args[1]) : runs;
        ConfigurableApplicationContext context = SpringApplication.run(QualityGuardApplication.class,
                "--server.port=0", "--qualityguard.demo.enabled=false", "--logging.level.root=WARN",
                "--qualityguard.embedded-database.directory=target/registry-paging-pg");
        try {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long stored = jdbc.sql("SELECT count(*) FROM enterprise.enterprise").query(Long.class).single();
            if (stored < n) {
                long started = System.nanoTime();
                fill(context, (int) (n - stored), (int) stored);
                System.out.printf("filled %,d enterprises in %.1f s%n", n - stored, (System.nanoTime() - started) / 1e9);
            }
            jdbc.sql("VACUUM ANALYZE enterprise.enterprise").update();
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            Browser admin = new Browser(port).signIn(new Staff(context.getBean(StaffAdministration.class))
                    .adminOf("320000"));
            long total = jdbc.sql("SELECT count(*) FROM enterprise.enterprise").query(Long.class).single();
            System.out.printf("%,d enterprises, %d pages of 20%n", total, (total + 19) / 20);
            time(admin, "page 2 (name)", "/console/enterprises?page=1");
            time(admin, "page 521 typed (name)", "/console/enterprises?jump=521");
            time(admin, "page 521 by next cursor", nextLinkOf(admin, "/console/enterprises?jump=520"));
            time(admin, "page 1250 typed (middle)", "/console/enterprises?jump=1250");
            time(admin, "last page", "/console/enterprises?jump=" + (total + 19) / 20);
            time(admin, "page 2 (division desc)", "/console/enterprises?page=1&sort=division&dir=desc");
            time(admin, "page 521 (division desc)", "/console/enterprises?jump=521&sort=division&dir=desc");
            time(admin, "page 2 Nanjing", "/console/enterprises?page=1&division=320100");
            time(admin, "page 200 Nanjing", "/console/enterprises?jump=200&division=320100");
            // the same pages without HTTP and templates: what the database and the seek cost
            EnterpriseRegistry registry = context.getBean(EnterpriseRegistry.class);
            StaffUser province = StaffUser.system(new DivisionCode("320000"));
            EnterpriseFilter all = EnterpriseFilter.parse(null, null, null, null);
            time("list(): page 2", () -> registry.list(province, all, new PageRequest(1, 20)));
            time("list(): page 521", () -> registry.list(province, all, new PageRequest(520, 20)));
            time("list(): page 1250 (middle)", () -> registry.list(province, all, new PageRequest(1249, 20)));
            time("count(*) of the province", () -> jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM enterprise.enterprise"
                    + " WHERE division_code BETWEEN '320000' AND '329999' LIMIT 1000001) c").query(Long.class).single());
            for (String plan : jdbc.sql("EXPLAIN (ANALYZE, TIMING OFF) SELECT count(*) FROM (SELECT 1 FROM "
                            + "enterprise.enterprise WHERE division_code BETWEEN '320000' AND '329999' LIMIT 1000001) c")
                    .query(String.class).list()) {
                System.out.println("  " + plan);
            }
        } finally {
            context.close();
        }
    }

    private static void fill(ConfigurableApplicationContext context, int n, int offset) {
        List<DivisionCode> counties = context.getBean(Divisions.class).ofLevel(DivisionLevel.COUNTY).stream()
                .map(d -> d.code()).toList();
        String[] words = {"食品", "机械", "电梯", "锅炉", "乳业", "酿造", "包装", "化工", "纺织", "电子"};
        List<Enterprise> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            DivisionCode division = counties.get(i % counties.size());
            rows.add(new Enterprise(CreditCode.synthetic(division, 30_000_000 + offset + i),
                    "江苏" + words[(i / 7) % words.length] + String.format("%06d", (i * 7919) % 1_000_000) + "有限公司",
                    EnumSet.of(EnterpriseCategory.FOOD_PRODUCER), null, division, null, null, false, 0));
        }
        context.getBean(TransactionTemplate.class).executeWithoutResult(s -> context.getBean(Enterprises.class)
                .upsertAll(rows, done -> { }));
    }

    private static String nextLinkOf(Browser browser, String path) {
        String html = browser.get(path).html();
        int rel = html.indexOf("rel=\"next\"");
        int href = html.indexOf("href=\"", rel) + 6;
        return html.substring(href, html.indexOf('"', href)).replace("&amp;", "&");
    }

    private static void time(Browser browser, String label, String path) {
        time(label + "   " + path, () -> {
            Browser.Page page = browser.get(path);
            if (page.status() != 200) {
                throw new IllegalStateException(label + ": " + page.status());
            }
        });
    }

    private static void time(String label, Runnable call) {
        for (int i = 0; i < 20; i++) {
            call.run();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            call.run();
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        System.out.printf("p50 %6.2f ms  p95 %6.2f ms  %s%n", nanos[runs / 2] / 1e6, nanos[runs * 95 / 100] / 1e6,
                label);
    }
}
