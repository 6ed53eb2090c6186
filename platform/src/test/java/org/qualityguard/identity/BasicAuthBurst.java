package org.qualityguard.identity;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.qualityguard.QualityGuardApplication;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.support.Staff;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A harness, not a test: a bounded burst of 200 basic-auth calls ({@code GET /api/v1/enterprises?size=1}, 4 at a
 * time) against the platform started in this JVM on the test profile, and the same burst with a bearer token, each
 * after 50 warm-up calls. Prints the JVM's CPU seconds (OperatingSystemMXBean: server and the light client together)
 * and the wall time. Run it twice to compare: with the cache of verified credentials (default) and without
 * ({@code 0s} as the first argument, the cache's time to live).
 *
 * <pre>
 * mvn -q -B -pl platform test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp platform/target/test-classes:platform/target/classes:$(cat platform/target/cp.txt) \
 *     org.qualityguard.identity.BasicAuthBurst 5m      # or 0s
 * </pre>
 */
public final class BasicAuthBurst {

    private static final int WARM_UP = 50;
    private static final int BURST = 200;
    private static final int CONNECTIONS = 4;

    private BasicAuthBurst() {
    }

    public static void main(String[] args) throws Exception {
        String cacheTtl = args.length > 0 ? args[0] : "5m";
        ConfigurableApplicationContext context = new SpringApplication(QualityGuardApplication.class).run(
                "--spring.profiles.active=test", "--server.port=0", "--logging.level.root=WARN",
                "--qualityguard.security.basic-cache.time-to-live=" + cacheTtl);
        try {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            StaffAdministration administration = context.getBean(StaffAdministration.class);
            Staff.Member member = new Staff(administration).inspectorOf("320102");
            String token = administration.issueToken(StaffUser.system(new DivisionCode("320000")),
                    member.account().id(), "burst");
            System.out.printf("basic-cache.time-to-live=%s, %d calls, %d connections, %d cores%n", cacheTtl, BURST,
                    CONNECTIONS, Runtime.getRuntime().availableProcessors());
            burst("basic", port, Raw.basic(member));
            burst("bearer", port, "Bearer " + token);
        } finally {
            context.close();
        }
    }

    private static void burst(String label, int port, String authorization) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/enterprises?size=1")).header("Authorization", authorization).build();
        run(http, request, WARM_UP);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long wallBefore = System.nanoTime();
        int failures = run(http, request, BURST);
        double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
        double wall = (System.nanoTime() - wallBefore) / 1e9;
        System.out.printf("%-6s: CPU %.2f s (%.1f ms a call), wall %.2f s, %d not 200%n", label, cpu,
                cpu * 1000 / BURST, wall, failures);
    }

    private static int run(HttpClient http, HttpRequest request, int calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                statuses.add(pool.submit(() -> http.send(request, HttpResponse.BodyHandlers.discarding())
                        .statusCode()));
            }
            int failures = 0;
            for (Future<Integer> status : statuses) {
                failures += status.get() == 200 ? 0 : 1;
            }
            return failures;
        } finally {
            pool.shutdown();
        }
    }
}
