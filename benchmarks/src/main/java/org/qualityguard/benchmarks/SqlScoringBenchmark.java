package org.qualityguard.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.postgresql.PGConnection;
import org.qualityguard.risk.Lot;

/**
 * The same scoring done the way a team without the engine would: one query per lot over an inspected-results table,
 * computing time-decayed failure rates of the lot's selective cells (HS subheading, origin × heading, consignee,
 * manufacturer, consignee × heading) with indexes on each, then the same shrinkage and logistic in Java. It is
 * generous to SQL: it skips the chapter, heading and origin aggregates (tens of thousands of rows per lot) that the
 * engine also uses. The data is {@link BenchmarkWorld}'s history, as in {@link EngineBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SqlScoringBenchmark {

    static final int BATCH = 500;

    private static final String QUERY = """
            SELECT coalesce(sum(w) FILTER (WHERE hs6 = ?), 0),
                   coalesce(sum(w * failed) FILTER (WHERE hs6 = ?), 0),
                   coalesce(sum(w) FILTER (WHERE hs4 = ? AND origin = ?), 0),
                   coalesce(sum(w * failed) FILTER (WHERE hs4 = ? AND origin = ?), 0),
                   coalesce(sum(w) FILTER (WHERE consignee = ?), 0),
                   coalesce(sum(w * failed) FILTER (WHERE consignee = ?), 0),
                   coalesce(sum(w) FILTER (WHERE manufacturer = ?), 0),
                   coalesce(sum(w * failed) FILTER (WHERE manufacturer = ?), 0),
                   coalesce(sum(w) FILTER (WHERE consignee = ? AND hs4 = ?), 0),
                   coalesce(sum(w * failed) FILTER (WHERE consignee = ? AND hs4 = ?), 0)
              FROM (SELECT hs6, hs4, origin, consignee, manufacturer, failed,
                           power(0.5, (? - day) / 180.0) AS w
                      FROM inspected_results
                     WHERE hs6 = ? OR (hs4 = ? AND origin = ?) OR consignee = ? OR manufacturer = ?) r
            """;

    private EmbeddedPostgres postgres;
    private Connection connection;
    private PreparedStatement statement;
    private Lot[] lots;
    private int day;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        BenchmarkWorld world = new BenchmarkWorld();
        postgres = EmbeddedPostgres.builder().start();
        connection = postgres.getPostgresDatabase().getConnection();
        try (Statement s = connection.createStatement()) {
            s.execute("""
                    CREATE TABLE inspected_results (lot_id text PRIMARY KEY, day int NOT NULL, hs6 text NOT NULL,
                      hs4 text NOT NULL, origin text NOT NULL, consignee text NOT NULL, manufacturer text NOT NULL,
                      failed int NOT NULL)""");
        }
        StringBuilder copy = new StringBuilder(64 * BenchmarkWorld.HISTORY_LOTS);
        for (int i = 0; i < BenchmarkWorld.HISTORY_LOTS; i++) {
            Lot l = world.history[i];
            copy.append(l.lotId()).append('\t').append(l.declaredAt().toEpochDay()).append('\t')
                    .append(l.hsSubheading()).append('\t').append(l.hsHeading()).append('\t').append(l.origin())
                    .append('\t').append(l.consignee()).append('\t').append(l.manufacturer()).append('\t')
                    .append(world.failed[i] ? 1 : 0).append('\n');
        }
        connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY inspected_results FROM STDIN", new StringReader(copy.toString()));
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE INDEX ON inspected_results (hs6)");
            s.execute("CREATE INDEX ON inspected_results (hs4, origin)");
            s.execute("CREATE INDEX ON inspected_results (consignee, hs4)");
            s.execute("CREATE INDEX ON inspected_results (manufacturer)");
            s.execute("ANALYZE inspected_results");
        }
        statement = connection.prepareStatement(QUERY);
        lots = world.fresh(BATCH, 7);
        day = (int) lots[0].declaredAt().toEpochDay();
        System.out.printf("%nloaded %,d inspected results into PostgreSQL%n", BenchmarkWorld.HISTORY_LOTS);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        statement.close();
        connection.close();
        postgres.close();
    }

    /** One query per lot, then shrinkage and the logistic score in Java, as the engine would do them. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void scoreLotsWithSql(Blackhole bh) throws SQLException {
        for (Lot lot : lots) {
            int p = 1;
            for (int k = 0; k < 2; k++) {
                statement.setString(p++, lot.hsSubheading());
            }
            for (int k = 0; k < 2; k++) {
                statement.setString(p++, lot.hsHeading());
                statement.setString(p++, lot.origin());
            }
            for (int k = 0; k < 2; k++) {
                statement.setString(p++, lot.consignee());
            }
            for (int k = 0; k < 2; k++) {
                statement.setString(p++, lot.manufacturer());
            }
            for (int k = 0; k < 2; k++) {
                statement.setString(p++, lot.consignee());
                statement.setString(p++, lot.hsHeading());
            }
            statement.setInt(p++, day);
            statement.setString(p++, lot.hsSubheading());
            statement.setString(p++, lot.hsHeading());
            statement.setString(p++, lot.origin());
            statement.setString(p++, lot.consignee());
            statement.setString(p, lot.manufacturer());
            double z = -2.8;
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                for (int c = 0; c < 5; c++) {
                    double n = rs.getDouble(1 + 2 * c);
                    double f = rs.getDouble(2 + 2 * c);
                    double shrunk = (f + 20 * 0.06) / (n + 20);
                    z += Math.log(shrunk / (1 - shrunk)) - Math.log(0.06 / 0.94);
                }
            }
            bh.consume(1 / (1 + Math.exp(-z)));
        }
    }
}
