package org.qualityguard.inspection.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToIntFunction;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.inspection.DecidedLot;
import org.qualityguard.inspection.InspectionResults;
import org.qualityguard.inspection.LotDecisions;
import org.qualityguard.inspection.ModelRefits;
import org.qualityguard.inspection.domain.LotDeclaration;
import org.qualityguard.inspection.domain.ResultDeclaration;
import org.qualityguard.inspection.persistence.LotStore;
import org.qualityguard.risk.Hazard;
import org.qualityguard.shared.DivisionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sixty days of demo imports at the Jiangsu bureaus up to yesterday, and this morning's lots still to inspect, so that
 * a demo installation opens with a worklist, warnings and a dashboard worth looking at. The lots go through the real
 * decisions, day by day, and the selected ones get results drawn from a hidden non-compliance rate per flow (HS code ×
 * origin). Three weeks before the end frozen shrimp from India turns bad, just as a new consignee at Lianyungang starts
 * importing it in bulk: the engine should notice and warn. Four established importers, clean for most of the two
 * months, each have a bad run in the last days ({@link Lapse}): their next three, five, eight and twelve inspected
 * lots fail and they stop importing, so that the engine's evidence against each (about 1.3 nats a failure against
 * its frozen clean baseline) leaves it at blue, yellow, orange and red. A run is counted in inspected lots rather
 * than drawn from a rate because only inspected lots are ever seen: with a rate, the level would be left to how
 * many lots the day's random draws happen to pick. Every lot id starts with {@code DEMO-},
 * consignees are 演示收货人…, producers 演示境外生产商…, and the submitter is {@code demo-seed}. Loaded once, on a
 * database without lots; the scorecard is refitted weekly, as the engine's own schedule does, because sixty nightly
 * refits would double the first start for no difference a demo would show.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "qualityguard.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoInspection implements ApplicationRunner {

    /** Lots a day over the province on weekdays; fewer at weekends, as declarations are. */
    private static final int WEEKDAY_LOTS = 300;
    private static final int WEEKEND_LOTS = 120;
    /** The last days, in which the emerging flow has turned bad. */
    private static final int EMERGING_DAYS = 21;
    private static final String EMERGING_HS = "03061719";
    private static final String EMERGING_ORIGIN = "IN";
    private static final double EMERGING_RATE = 0.40;
    /** The new consignee's daily lots of the emerging flow, at the port that takes most frozen seafood. */
    private static final int SURGE_LOTS = 12;
    private static final String SURGE_BUREAU = "CIQ-LYG";
    private static final String SURGE_CONSIGNEE = "演示收货人连云港海产品贸易有限公司";
    /**
     * An established importer's bad run. It declares {@code lots} lots a day at its bureau, all of one product from
     * an origin whose lots the engine inspects often, and none of them fails. From {@code daysBefore} days before
     * today its next {@code failures} inspected lots fail; once the first has, it declares {@link #RUN_LOTS} a day,
     * and after the last it stops importing (as an importer whose goods keep failing does). Its chart, frozen against its clean record when the
     * run starts, gains about 1.3 nats a failure and loses a little for each lot that passes on the day the run ends
     * (few, since it declares few then), so the run's length sets the level it ends at, given in the comment beside
     * each.
     */
    record Lapse(String consignee, String bureau, String hsCode, String origin, int lots, int daysBefore,
                 int failures) {

        boolean started(LocalDate day, LocalDate today) {
            return !day.isBefore(today.minusDays(daysBefore));
        }
    }

    private static final int RUN_LOTS = 4;
    private static final int WAITING_LOTS = 60;
    private static final List<Lapse> LAPSES = List.of(
            new Lapse("演示收货人南通酒业贸易有限公司", "CIQ-NT", "22042100", "FR", 20, 16, 3), // blue
            new Lapse("演示收货人张家港粮油进出口有限公司", "CIQ-ZJG", "15119000", "MY", 20, 16, 5), // yellow
            new Lapse("演示收货人太仓肉类进口有限公司", "CIQ-TC", "02023000", "AR", 20, 16, 8), // orange
            new Lapse("演示收货人南京果业贸易有限公司", "CIQ-NJ", "08106000", "MY", 12, 16, 12)); // red
    private static final int REFIT_EVERY_DAYS = 7;
    private static final int CONSIGNEES_PER_BUREAU = 8;
    private static final int PRODUCERS_PER_FLOW = 4;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Logger log = LoggerFactory.getLogger(DemoInspection.class);

    /** Bureaus with their share of the province's lots: the big ports take most. */
    private static final List<Map.Entry<String, Integer>> BUREAUS = List.of(
            Map.entry("CIQ-NJ", 14), Map.entry("CIQ-WX", 6), Map.entry("CIQ-XZ", 3), Map.entry("CIQ-CZ", 5),
            Map.entry("CIQ-SZ", 20), Map.entry("CIQ-ZJG", 12), Map.entry("CIQ-TC", 10), Map.entry("CIQ-NT", 8),
            Map.entry("CIQ-LYG", 12), Map.entry("CIQ-HA", 2), Map.entry("CIQ-YC", 3), Map.entry("CIQ-YZ", 3),
            Map.entry("CIQ-ZJ", 4), Map.entry("CIQ-TZ", 3), Map.entry("CIQ-SQ", 1));

    /** A food import as Jiangsu's ports see it: HS code, usual origins, how often declared, what fails it. */
    record Product(String hsCode, String origins, int weight, Hazard hazard, double tonnes, double cnyPerTonne) {
    }

    /** A product from one origin, with its hidden non-compliance rate. */
    record Flow(Product product, String origin, double failRate) {
    }

    private static final List<Product> PRODUCTS = List.of(
        new Product("02023000", "AU,BR,AR,UY,NZ", 10, Hazard.VETERINARY_DRUG, 20.0, 38_000.0),
        new Product("02032900", "ES,DE,DK,NL,BR", 9, Hazard.MICROBIOLOGICAL, 22.0, 16_000.0),
        new Product("02071411", "BR,AR,US", 7, Hazard.MICROBIOLOGICAL, 24.0, 12_000.0),
        new Product("03021400", "NO,CL", 4, Hazard.MICROBIOLOGICAL, 8.0, 70_000.0),
        new Product("03036300", "RU,NO", 4, Hazard.QUALITY, 25.0, 18_000.0),
        new Product(EMERGING_HS, "EC,IN,VN,AR", 8, Hazard.VETERINARY_DRUG, 18.0, 45_000.0),
        new Product("04021000", "NZ,AU,NL,FR", 7, Hazard.MICROBIOLOGICAL, 20.0, 25_000.0),
        new Product("04069000", "NZ,FR,IT", 3, Hazard.MICROBIOLOGICAL, 10.0, 40_000.0),
        new Product("04090000", "NZ,AU", 2, Hazard.ADDITIVE, 5.0, 60_000.0),
        new Product("08039000", "PH,EC,VN", 7, Hazard.PESTICIDE_RESIDUE, 20.0, 5_000.0),
        new Product("08051000", "ZA,EG,US,AU", 5, Hazard.PESTICIDE_RESIDUE, 22.0, 7_000.0),
        new Product("08061000", "CL,PE,AU", 4, Hazard.PESTICIDE_RESIDUE, 15.0, 14_000.0),
        new Product("08092900", "CL,NZ", 3, Hazard.QUARANTINE_PEST, 10.0, 60_000.0),
        new Product("08106000", "TH,VN,MY", 6, Hazard.QUARANTINE_PEST, 15.0, 30_000.0),
        new Product("08021200", "US,AU", 3, Hazard.QUALITY, 18.0, 50_000.0),
        new Product("09011100", "BR,VN,CO,ET", 4, Hazard.PESTICIDE_RESIDUE, 19.0, 30_000.0),
        new Product("10019900", "AU,CA", 3, Hazard.QUARANTINE_PEST, 500.0, 2_200.0),
        new Product("12019000", "BR,US,AR", 4, Hazard.QUARANTINE_PEST, 800.0, 3_800.0),
        new Product("15091000", "ES,IT,GR", 3, Hazard.QUALITY, 18.0, 45_000.0),
        new Product("15119000", "MY,ID", 4, Hazard.QUALITY, 200.0, 7_500.0),
        new Product("19059000", "KR,JP,MY,DE", 5, Hazard.ADDITIVE, 8.0, 30_000.0),
        new Product("21069090", "US,KR,JP,AU", 5, Hazard.LABELLING, 6.0, 60_000.0),
        new Product("22042100", "FR,AU,CL,IT,ES", 8, Hazard.LABELLING, 10.0, 40_000.0));

    private final LotDecisions decisions;
    private final InspectionResults results;
    private final ModelRefits refits;
    private final LotStore lots;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final int days;

    /** {@code days} is configurable so that a test can load a short demo through the same code. */
    DemoInspection(LotDecisions decisions, InspectionResults results, ModelRefits refits, LotStore lots,
                   Clock clock, PlatformTransactionManager transactions,
                   @Value("${qualityguard.demo.inspection-days:60}") int days) {
        this.days = days;
        this.decisions = decisions;
        this.results = results;
        this.refits = refits;
        this.lots = lots;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (lots.anyLot()) {
            return;
        }
        long started = System.nanoTime();
        // an inspector of the province: the decisions and results need one, and its name marks them as demo
        StaffUser seeder = new StaffUser(0, "demo-seed", "演示数据", "", true, 0, "演示数据",
                new DivisionCode("320000"), EnumSet.of(Role.INSPECTOR));
        Random random = new Random(2026_11_28L);
        List<Flow> flows = flows(random);
        Map<Lapse, Integer> failuresLeft = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        int declared = 0;
        int inspected = 0;
        for (LocalDate day = today.minusDays(days); !day.isAfter(today); day = day.plusDays(1)) {
            LocalDate on = day;
            // one transaction a day: the day's seeds, decisions, results and refit wait for the disk once, not a
            // few dozen times; should it fail, the start fails and the next start rebuilds the engine and retries
            int[] counts = transaction.execute(status -> seed(seeder, on, today, flows, random,
                    failuresLeft));
            declared += counts[0];
            inspected += counts[1];
        }
        log.info("Loaded the demo inspection data: {} lots over {} days and today, {} inspected (marked as demo), "
                + "in {} ms", declared, days, inspected, (System.nanoTime() - started) / 1_000_000);
    }

    /** Declares and decides a day's lots and records the results of those selected; returns how many of each. */
    private int[] seed(StaffUser seeder, LocalDate day, LocalDate today, List<Flow> flows, Random random,
                       Map<Lapse, Integer> failuresLeft) {
        Map<String, Hazard> failing = new HashMap<>();
        List<LotDeclaration> lotsOfDay = lotsOf(day, today, flows, random, failing, failuresLeft);
        List<ResultDeclaration> found = new ArrayList<>();
        for (DecidedLot lot : decisions.decideAll(seeder, lotsOfDay)) {
            // today's selected lots are the worklist: not inspected yet
            if (lot.selected() && day.isBefore(today)) {
                Lapse lapse = lapseOf(lot.consignee());
                if (lapse != null && lapse.started(day, today)) {
                    int left = failuresLeft.getOrDefault(lapse, lapse.failures());
                    failuresLeft.put(lapse, Math.max(0, left - 1));
                    if (left > 0) { // the rest of the day's inspected lots, after the last failure, pass
                        failing.put(lot.lotId(), product(lapse.hsCode()).hazard());
                    }
                }
                Hazard hazard = failing.get(lot.lotId());
                found.add(new ResultDeclaration(lot.lotId(), hazard == null ? "PASS" : "FAIL",
                        hazard == null ? null : hazard.name(), day.toString(), List.of()));
            }
        }
        results.recordAll(seeder, found);
        if (day.toEpochDay() % REFIT_EVERY_DAYS == 0) {
            refits.refit(day.plusDays(1)); // in the night after the day, as the scheduled refit does
        }
        return new int[] {lotsOfDay.size(), found.size()};
    }

    private static List<Flow> flows(Random random) {
        List<Flow> flows = new ArrayList<>();
        for (Product p : PRODUCTS) {
            for (String origin : p.origins().split(",")) {
                // most flows are clean; one in six is a habitual offender; the emerging one starts clean
                boolean offender = random.nextInt(6) == 0 && !emerging(p, origin);
                double rate = offender ? 0.06 + 0.08 * random.nextDouble() : 0.005 + 0.03 * random.nextDouble();
                flows.add(new Flow(p, origin, rate));
            }
        }
        return flows;
    }

    /** A day's declarations; {@code failing} learns which of them would fail if inspected, and why. */
    private static List<LotDeclaration> lotsOf(LocalDate day, LocalDate today, List<Flow> flows, Random random,
                                               Map<String, Hazard> failing, Map<Lapse, Integer> failuresLeft) {
        boolean weekend = day.getDayOfWeek().getValue() >= 6;
        int count = (weekend ? WEEKEND_LOTS : WEEKDAY_LOTS) * (85 + random.nextInt(31)) / 100
                / (day.equals(today) ? 2 : 1); // today's lots are the morning's
        boolean turned = !day.isBefore(today.minusDays(EMERGING_DAYS));
        Map<String, Integer> numbers = new HashMap<>();
        List<LotDeclaration> declared = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String bureau = pick(BUREAUS, Map.Entry::getValue, random).getKey();
            Flow flow = pick(flows, f -> f.product().weight(), random);
            String consignee = String.format("演示收货人%s%02d号食品进出口有限公司", bureau.substring(4),
                    1 + random.nextInt(CONSIGNEES_PER_BUREAU));
            declared.add(lot(day, bureau, consignee, flow, turned, numbers, random, failing));
        }
        for (Lapse lapse : LAPSES) {
            boolean started = lapse.started(day, today);
            if (started && failuresLeft.getOrDefault(lapse, lapse.failures()) == 0) {
                continue; // its run is over: it has stopped importing
            }
            Flow careful = new Flow(product(lapse.hsCode()), lapse.origin(), 0.0);
            // A run begins with the first of its lots the engine inspects, and a clean importer's lots are inspected
            // only by the 1 % exploration draw: at its usual 20 a day, some 4 % of days would see none of them drawn
            // in the whole window (seen on 2026-12-03). So from the run's start until its first failure it declares
            // WAITING_LOTS a day, which draws one within days (none in 16 days: below 10^-4); then RUN_LOTS a day.
            int left = failuresLeft.getOrDefault(lapse, lapse.failures());
            boolean inRun = started && left < lapse.failures();
            int declaring = inRun ? RUN_LOTS : started ? WAITING_LOTS : lapse.lots();
            for (int i = 0; i < declaring; i++) {
                declared.add(lot(day, lapse.bureau(), lapse.consignee(), careful, false, numbers, random, failing));
            }
        }
        if (turned) {
            Flow shrimp = flows.stream().filter(f -> emerging(f.product(), f.origin())).findFirst().orElseThrow();
            for (int i = 0; i < SURGE_LOTS; i++) {
                declared.add(lot(day, SURGE_BUREAU, SURGE_CONSIGNEE, shrimp, true, numbers, random, failing));
            }
        }
        return declared;
    }

    /** One lot; {@code turned} once the emerging flow has turned bad. */
    private static LotDeclaration lot(LocalDate day, String bureau, String consignee, Flow flow, boolean turned,
                                      Map<String, Integer> numbers, Random random, Map<String, Hazard> failing) {
        Product product = flow.product();
        String lotId = "DEMO-" + bureau.substring(4) + "-" + day.format(DAY) + "-"
                + String.format("%04d", numbers.merge(bureau, 1, Integer::sum));
        boolean bad = turned && emerging(product, flow.origin());
        if (random.nextDouble() < (bad ? EMERGING_RATE : flow.failRate())) {
            failing.put(lotId, product.hazard());
        }
        double tonnes = Math.round(product.tonnes() * (0.5 + random.nextDouble()) * 10) / 10.0;
        return new LotDeclaration(lotId, day.toString(), bureau, "IMPORT", product.hsCode(), flow.origin(), consignee,
                String.format("演示境外生产商 %s-%s-%d", flow.origin(), product.hsCode().substring(0, 4),
                        1 + random.nextInt(PRODUCERS_PER_FLOW)),
                Double.toString(tonnes), Long.toString(Math.round(tonnes * product.cnyPerTonne())));
    }

    private static Product product(String hsCode) {
        return PRODUCTS.stream().filter(p -> p.hsCode().equals(hsCode)).findFirst().orElseThrow();
    }

    private static Lapse lapseOf(String consignee) {
        return LAPSES.stream().filter(l -> l.consignee().equals(consignee)).findFirst().orElse(null);
    }

    private static boolean emerging(Product product, String origin) {
        return product.hsCode().equals(EMERGING_HS) && origin.equals(EMERGING_ORIGIN);
    }

    private static <T> T pick(List<T> choices, ToIntFunction<T> weight, Random random) {
        int r = random.nextInt(choices.stream().mapToInt(weight).sum());
        for (T choice : choices) {
            r -= weight.applyAsInt(choice);
            if (r < 0) {
                return choice;
            }
        }
        throw new IllegalStateException("weights must be positive");
    }
}
