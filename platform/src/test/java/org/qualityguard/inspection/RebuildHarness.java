package org.qualityguard.inspection;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.qualityguard.QualityGuardApplication;
import org.qualityguard.inspection.engine.EngineHost;
import org.qualityguard.inspection.persistence.LotStore;
import org.qualityguard.risk.Direction;
import org.qualityguard.risk.DrawKey;
import org.qualityguard.risk.Lot;
import org.qualityguard.risk.RiskEngine;
import org.qualityguard.risk.RiskEngineConfig;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The start-up bar of issue 9: the engine rebuilt from 1,000,000 stored results. Fills an embedded database under
 * target/rebuild-harness-pg once (lots with decisions and a result each, written with COPY over 104 weeks, 6 bureaus,
 * 40,000 consignees), then rebuilds the engine twice and prints the seconds. Not a test: run it by hand —
 * {@code mvn -B -q -pl platform -am test-compile} then
 * {@code java -Xmx3g -cp "platform/target/classes:platform/target/test-classes:$(cat platform/target/cp.txt)"
 * org.qualityguard.inspection.RebuildHarness 1000000} (cp.txt from {@code mvn -pl platform dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt}).
 */
public final class RebuildHarness {

    private static final String[] BUREAUS = {"CIQ-NJ", "CIQ-SZ", "CIQ-LYG", "CIQ-NT", "CIQ-WX", "CIQ-ZJ"};
    private static final String[] DIVISIONS = {"320100", "320500", "320700", "320600", "320200", "321100"};
    private static final String[] ORIGINS = {"US", "VN", "TH", "CL", "NZ", "AU", "BR", "EC", "PE", "TR", "IN", "ID"};
    private static final LocalDate START = LocalDate.of(2024, 11, 25);

    public static void main(String[] args) throws Exception {
        int results = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        ConfigurableApplicationContext context = SpringApplication.run(QualityGuardApplication.class,
                "--server.port=0", "--qualityguard.demo.enabled=false", "--logging.level.root=WARN",
                "--qualityguard.data.directory=target/rebuild-harness-data");
        try {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long stored = jdbc.sql("SELECT count(*) FROM inspection.results").query(Long.class).single();
            if (stored < results) {
                long started = System.nanoTime();
                fill(context.getBean(DataSource.class), jdbc, results);
                System.out.printf("filled %,d lots and results in %.1f s%n", results,
                        (System.nanoTime() - started) / 1e9);
            }
            EngineHost host = context.getBean(EngineHost.class);
            for (int run = 1; run <= 2; run++) {
                long millis = host.rebuildNow();
                System.out.printf("rebuild %d: %,d results in %.2f s%n", run, results, millis / 1000.0);
            }
        } finally {
            context.close();
        }
    }

    private static void fill(DataSource dataSource, JdbcClient jdbc, int n) throws Exception {
        int features = RiskEngine.create(RiskEngineConfig.defaults()).decide(new Lot("probe", START, BUREAUS[0],
                Direction.IMPORT, "080211", "US", "C", "M", 1, 1), 0.1, new DrawKey(new byte[DrawKey.SECRET_BYTES]))
                .basis().features().length;
        int days = 7 * 104;
        StringBuilder daysCsv = new StringBuilder();
        for (String bureau : BUREAUS) {
            for (int d = 0; d < days; d++) {
                daysCsv.append(bureau).append(',').append(START.plusDays(d)).append(",\\x")
                        .append("00".repeat(DrawKey.SECRET_BYTES)).append(",0.1,0.1,{}\n");
            }
        }
        SplittableRandom random = new SplittableRandom(9);
        HexFormat hex = HexFormat.of();
        try (Connection c = dataSource.getConnection()) {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("COPY inspection.selection_days (bureau, declared_on, secret, capacity_share, "
                    + "exploration_share, parameters) FROM STDIN (FORMAT csv, QUOTE '\"')",
                    new StringReader(daysCsv.toString().replace(",{}\n", ",\"{}\"\n")));
            int chunk = 100_000;
            for (int from = 0; from < n; from += chunk) {
                StringBuilder lots = new StringBuilder(chunk * 260);
                StringBuilder res = new StringBuilder(chunk * 60);
                for (int i = from; i < Math.min(n, from + chunk); i++) {
                    int b = random.nextInt(BUREAUS.length);
                    LocalDate day = START.plusDays((long) i * days / n);
                    float[] x = new float[features];
                    for (int f = 0; f < features; f++) {
                        x[f] = (float) (random.nextGaussian() * 0.5);
                    }
                    boolean fail = random.nextDouble() < 0.06;
                    String id = "R" + i;
                    lots.append(id).append(',').append(BUREAUS[b]).append(',').append(DIVISIONS[b]).append(',')
                            .append(day).append(",IMPORT,08").append(10 + random.nextInt(12))
                            .append(1000 + random.nextInt(9000)).append("00,")
                            .append(ORIGINS[random.nextInt(ORIGINS.length)]).append(",C").append(random.nextInt(40_000))
                            .append(",M").append(random.nextInt(20_000)).append(",100,1000,RISK,t,0.05,0.05,1,0.04,")
                            .append("0.5,0.01,0,\\x").append(hex.formatHex(LotStore.bytes(x)))
                            .append(",0,").append(day).append(",600,[],{},harness\n");
                    res.append(id).append(',').append(i + 1000).append(fail ? ",FAIL,QUALITY," : ",PASS,,")
                            .append(day).append(",harness\n");
                }
                copy.copyIn("COPY inspection.lots (lot_id, bureau, division_code, declared_on, direction, hs_code, "
                        + "origin, consignee, manufacturer, quantity, value_cny, reason, selected, probability, "
                        + "priority, priority_factor, threshold, exploration_draw, exploration_share, "
                        + "exploration_weight, features, model_version, drawn_on, score, scorecard, likely_hazards, "
                        + "submitted_by) FROM STDIN (FORMAT csv)", new StringReader(lots.toString()));
                copy.copyIn("COPY inspection.results (lot_id, journal_seq, outcome, hazard, inspected_on, "
                        + "recorded_by) FROM STDIN (FORMAT csv)", new StringReader(res.toString()));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        jdbc.sql("SELECT setval('inspection.journal_seq', ?)").param((long) n + 1000).query(Long.class).single();
    }
}
