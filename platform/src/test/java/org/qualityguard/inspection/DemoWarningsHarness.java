package org.qualityguard.inspection;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.qualityguard.QualityGuardApplication;
import org.qualityguard.inspection.engine.EngineHost;
import org.qualityguard.risk.EngineSnapshot;
import org.qualityguard.risk.Warning;
import org.qualityguard.risk.WarningLevel;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The warnings the demo's sixty days of lots leave, on a first start as if today were each of the next days given
 * (the day of the week moves the demo's weekend lots and weekly refits, and with them the draws): prints every
 * standing warning with its level, evidence and statistic, and how long the demo took. Run by hand, after
 * {@code mvn -B -q -pl platform test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 * {@code java -Dseed=2026 -cp "platform/target/classes:platform/target/test-classes:$(cat platform/target/cp.txt)"
 * org.qualityguard.inspection.DemoWarningsHarness 0 1 2 3 4 5 6} ({@code -Dseed} fixes the days' draws, as the
 * demo-context tests do; without it they are drawn at random, as in service).
 */
public final class DemoWarningsHarness {

    /** Cells printed whatever their evidence: those whose names contain one of -Dwatch's comma-separated words. */
    private static boolean watched(String cell) {
        for (String word : System.getProperty("watch", "").split(",")) {
            if (!word.isBlank() && cell.contains(word)) {
                return true;
            }
        }
        return false;
    }

    public static void main(String[] args) {
        for (String arg : args.length == 0 ? new String[] {"0"} : args) {
            int offset = Integer.parseInt(arg);
            SpringApplication app = new SpringApplication(QualityGuardApplication.class);
            app.addInitializers(context -> context.addBeanFactoryPostProcessor(factory -> {
                BeanDefinitionRegistry registry = (BeanDefinitionRegistry) factory;
                registry.removeBeanDefinition("clock");
                registry.registerBeanDefinition("clock", BeanDefinitionBuilder.genericBeanDefinition(Clock.class,
                        () -> Clock.offset(Clock.system(ZoneId.of("Asia/Shanghai")), Duration.ofDays(offset)))
                        .getBeanDefinition());
            }));
            long started = System.nanoTime();
            ConfigurableApplicationContext context = app.run("--server.port=0", "--logging.level.root=WARN",
                    "--logging.level.org.qualityguard.inspection.demo=INFO",
                    "--qualityguard.demo.food-producers=390", "--qualityguard.demo.special-equipment-enterprises=260",
                    "--qualityguard.demo.inspectors-per-city=3",
                    "--qualityguard.data.directory=target/demo-warnings-harness/" + offset + "-" + System.nanoTime(),
                    "--qualityguard.inspection.fixed-seed=" + System.getProperty("seed", ""));
            try {
                List<Warning> warnings = context.getBean(EngineHost.class).locked(engine -> engine.warnings());
                Map<WarningLevel, Integer> byLevel = new TreeMap<>();
                warnings.forEach(w -> byLevel.merge(w.level(), 1, Integer::sum));
                System.out.printf("today + %d days: %s in %.1f s%n", offset, byLevel,
                        (System.nanoTime() - started) / 1e9);
                warnings.stream().sorted(Comparator.comparing(Warning::level).reversed()).forEach(w ->
                        System.out.printf("  %-6s (highest %-6s) S=%5.2f p0=%.3f raised %s changed %s evidence %2d  %s%n",
                                w.level(), w.highestLevel(), w.statistic(), w.baselineRate(), w.raisedAt(), w.changedAt(),
                                w.evidenceLotIds().size(), w.cell()));
                // every chart with evidence building, warned or not: how near each cell is to a level
                EngineSnapshot snapshot = context.getBean(EngineHost.class).locked(
                        engine -> engine.snapshot(context.getBean(Clock.class).instant().atZone(ZoneId.of("Asia/Shanghai"))
                                .toLocalDate()));
                snapshot.cells().entrySet().stream().filter(e -> e.getValue()[6] > 0.5 || watched(e.getKey()))
                        .sorted(Comparator.comparingDouble(e -> -e.getValue()[6])).limit(30).forEach(e -> {
                            double[] v = e.getValue();
                            System.out.printf("  S=%5.2f level %d  inspected %5.1f failed %4.1f  recent %4.1f/%4.1f "
                                    + "declared %4.0f  %s%n", v[6], (int) v[5], v[0], v[1], v[2], v[3], v[4], e.getKey());
                        });
                // the watched consignees' lots by day of the last three weeks: declared, inspected, failed
                context.getBean(JdbcClient.class).sql("""
                        SELECT l.consignee, count(*) AS declared, count(r.lot_id) AS inspected,
                               count(*) FILTER (WHERE r.outcome = 'FAIL') AS failed,
                               count(r.lot_id) FILTER (WHERE l.declared_on >= current_date - 21) AS inspected_late,
                               count(*) FILTER (WHERE r.outcome = 'FAIL' AND l.declared_on >= current_date - 21)
                                   AS failed_late
                        FROM inspection.lots l LEFT JOIN inspection.results r USING (lot_id)
                        WHERE l.consignee NOT LIKE '%号食品进出口有限公司' GROUP BY l.consignee ORDER BY 1""")
                        .query((rs, n) -> String.format("  %s: %d declared, %d inspected, %d failed; in the last "
                                + "three weeks %d inspected, %d failed", rs.getString(1), rs.getLong(2), rs.getLong(3),
                                rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                        .list().forEach(System.out::println);
            } finally {
                context.close();
            }
        }
    }
}
