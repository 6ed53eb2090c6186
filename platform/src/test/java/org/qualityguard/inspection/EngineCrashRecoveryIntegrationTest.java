package org.qualityguard.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityguard.support.LotJsonBuilder.aLot;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.qualityguard.QualityGuardApplication;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.inspection.persistence.LotStore;
import org.qualityguard.risk.DecisionBasis;
import org.qualityguard.risk.Direction;
import org.qualityguard.risk.EngineSnapshot;
import org.qualityguard.risk.Hazard;
import org.qualityguard.risk.InspectionResult;
import org.qualityguard.risk.Lot;
import org.qualityguard.risk.Outcome;
import org.qualityguard.risk.RiskEngine;
import org.qualityguard.risk.RiskEngineConfig;
import org.qualityguard.support.Api;
import org.qualityguard.support.BusinessDay;
import org.qualityguard.support.PublishedActItems;
import org.qualityguard.support.Staff;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The crash the engine must survive: the platform killed with SIGKILL while a laboratory streams results. The
 * restarted platform rebuilds its engine from the database; that engine must equal one fed, in journal order, exactly
 * the results that were committed, and every result acknowledged before the crash must be among them.
 */
class EngineCrashRecoveryIntegrationTest {

    private static final String ADMIN = "crash.admin";
    private static final String ADMIN_PASSWORD = "crash-admin-password-1";

    @Test
    void aPlatformKilledMidStreamRebuildsTheEngineOfTheCommittedResults() throws Exception {
        Path directory = Files.createTempDirectory(Path.of("target"), "crash-pg");
        int databasePort = freePort();
        Child first = Child.start(directory, databasePort);
        Api inspector = Api.as(first.port, new Staff.Member(first.username, first.password, null));
        LocalDate yesterday = BusinessDay.today().minusDays(1);
        List<Map<String, Object>> lots = new ArrayList<>();
        SplittableRandom draws = new SplittableRandom(7);
        for (int i = 0; i < 1500; i++) {
            lots.add(aLot().on(yesterday).consignee("C-CRASH-" + draws.nextInt(30)).from(i % 4 == 0 ? "VN" : "US")
                    .hs("08" + (10 + draws.nextInt(5)) + "100000").build());
        }
        JsonNode decided = inspector.post("/api/v1/inspection/lots/batch", Map.of("lots", lots)).body();
        List<String> selected = new ArrayList<>();
        decided.forEach(d -> {
            if (d.get("selected").asBoolean()) {
                selected.add(d.get("lotId").asText());
            }
        });
        assertThat(selected).hasSizeGreaterThan(100);

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Thread laboratory = new Thread(() -> {
            SplittableRandom outcomes = new SplittableRandom(11);
            for (String lotId : selected) {
                boolean fail = outcomes.nextDouble() < 0.2;
                try {
                    Api.Reply r = inspector.post("/api/v1/inspection/results", fail
                            ? Map.of("lotId", lotId, "outcome", "FAIL", "hazard", "MICROBIOLOGICAL",
                            "inspectedOn", BusinessDay.today().toString())
                            : Map.of("lotId", lotId, "outcome", "PASS", "inspectedOn", BusinessDay.today().toString()));
                    if (r.status() == 200) {
                        acknowledged.add(lotId);
                    }
                } catch (RuntimeException connectionLost) {
                    return;
                }
            }
        });
        laboratory.start();
        while (acknowledged.size() < 60 && laboratory.isAlive()) {
            Thread.sleep(5);
        }
        first.process.destroyForcibly();
        assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        laboratory.join(30_000);
        assertThat(acknowledged.size()).as("results acknowledged before the crash").isLessThan(selected.size());

        Child second = Child.start(directory, databasePort);
        try {
            Api admin = Api.as(second.port, new Staff.Member(ADMIN, ADMIN_PASSWORD, null));
            JsonNode rebuilt = admin.get("/api/v1/inspection/engine/snapshot?on=" + BusinessDay.today()).body();
            Replayed committed = replayCommitted(databasePort, directory);

            assertThat(committed.lotIds).containsAll(acknowledged);
            assertThat(snapshotOf(rebuilt).differences(committed.engine.snapshot(BusinessDay.today()), 1e-9)).isEmpty();
            assertThat(rebuilt.get("resultsLearnt").asLong()).isEqualTo(committed.lotIds.size());
        } finally {
            second.process.destroy();
            second.process.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private record Replayed(RiskEngine engine, Set<String> lotIds) {
    }

    /** The engine a reader of the database alone would build: declarations, then the results in journal order. */
    private static Replayed replayCommitted(int databasePort, Path directory) throws Exception {
        // configured as the platform runs by default (application.yml: warnings against each cell's own baseline)
        RiskEngine engine = RiskEngine.create(RiskEngineConfig.defaults().withRiskAdjusted(false));
        Set<String> ids = new java.util.HashSet<>();
        // the embedded server asks for a password: the platform's own, from the data directory
        String password = Files.readString(directory.resolve("keys").resolve("qualityguard_app.password")).strip();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + databasePort
                + "/qualityguard", "qualityguard_app", password); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT consignee, substr(hs_code, 1, 6), origin, count(*) "
                    + "FROM inspection.lots GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")) {
                while (rs.next()) {
                    engine.restoreDeclarations(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4));
                }
            }
            try (ResultSet rs = s.executeQuery("""
                    SELECT l.lot_id, l.declared_on, l.bureau, l.direction, l.hs_code, l.origin, l.consignee,
                           l.manufacturer, l.quantity, l.value_cny, l.features, l.probability, l.exploration_weight,
                           r.outcome, r.hazard, r.inspected_on
                      FROM inspection.results r JOIN inspection.lots l USING (lot_id) ORDER BY r.journal_seq""")) {
                while (rs.next()) {
                    Lot lot = new Lot(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                            Direction.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getString(8), rs.getDouble(9), rs.getDouble(10));
                    String hazard = rs.getString(15);
                    engine.record(lot, new InspectionResult(lot.lotId(), rs.getObject(16, LocalDate.class),
                                    Outcome.valueOf(rs.getString(14)), hazard == null ? null : Hazard.valueOf(hazard)),
                            new DecisionBasis(LotStore.floats(rs.getBytes(11)), rs.getDouble(12), rs.getDouble(13)));
                    ids.add(lot.lotId());
                }
            }
        }
        return new Replayed(engine, ids);
    }

    private static EngineSnapshot snapshotOf(JsonNode json) {
        TreeMap<String, double[]> cells = new TreeMap<>();
        json.get("cells").properties().forEach(e -> {
            double[] values = new double[e.getValue().size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = e.getValue().get(i).asDouble();
            }
            cells.put(e.getKey(), values);
        });
        double[] coefficients = new double[json.get("coefficients").size()];
        for (int i = 0; i < coefficients.length; i++) {
            coefficients[i] = json.get("coefficients").get(i).asDouble();
        }
        JsonNode estimate = json.get("baseRateEstimate"); // NaN, written as a string, until a lot was explored
        return new EngineSnapshot(json.get("day").asInt(), cells, coefficients, json.get("modelVersion").asInt(),
                json.get("resultsLearnt").asLong(), estimate.isNumber() ? estimate.asDouble() : Double.NaN,
                json.get("explorationSample").asLong());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A platform in its own JVM on a given data directory, with an inspector of Nanjing to act as. */
    private record Child(Process process, int port, String username, String password) {

        static Child start(Path directory, int databasePort) throws Exception {
            int port = freePort();
            Process process = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                    "-cp", System.getProperty("java.class.path"), Platform.class.getName(),
                    "--server.port=" + port, "--qualityguard.demo.enabled=false",
                    "--qualityguard.data.directory=" + directory.toAbsolutePath(),
                    "--qualityguard.embedded-database.port=" + databasePort,
                    "--qualityguard.embedded-database.pool-size=4",
                    "--qualityguard.first-admin.username=" + ADMIN,
                    "--qualityguard.first-admin.password=" + ADMIN_PASSWORD,
                    "--logging.level.root=WARN"))
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            List<String> log = Collections.synchronizedList(new ArrayList<>());
            while ((line = out.readLine()) != null && !line.startsWith("READY ")) {
                log.add(line);
            }
            assertThat(line).as("the platform started: %s", log).isNotNull();
            String[] parts = line.split(" ");
            Thread drain = new Thread(() -> {
                try {
                    out.lines().forEach(l -> { }); // keeps the child from blocking on a full pipe
                } catch (java.io.UncheckedIOException killed) {
                    // the pipe closes when the child is killed
                }
            });
            drain.setDaemon(true);
            drain.start();
            return new Child(process, port, parts[1], parts[2]);
        }
    }

    /**
     * The child's main: the platform, plus an inspector of Nanjing (bureau CIQ-NJ) whose name, password and API token
     * it prints. Also what the load test of the decision API runs (see the inspection notes in the README).
     */
    public static final class Platform {
        public static void main(String[] args) {
            // without demo data the guard refuses every lot decision until the item it cites is published
            ConfigurableApplicationContext context = SpringApplication.run(
                    new Class<?>[] {QualityGuardApplication.class, PublishedActItems.Configuration.class}, args);
            StaffAdministration administration = context.getBean(StaffAdministration.class);
            Staff.Member inspector = new Staff(administration).inspectorOf("320100");
            String token = administration.issueToken(org.qualityguard.identity.StaffUser.system(
                    new org.qualityguard.shared.DivisionCode("320000")), inspector.account().id(), "load");
            System.out.println("READY " + inspector.username() + " " + inspector.password() + " " + token);
            System.out.flush();
        }
    }
}
