package org.qualityguard.equipment.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.qualityguard.enterprise.EnterpriseCard;
import org.qualityguard.enterprise.EnterpriseDirectory;
import org.qualityguard.equipment.EquipmentRegister;
import org.qualityguard.equipment.UnitImportResult;
import org.qualityguard.equipment.domain.EquipmentKind;
import org.qualityguard.equipment.domain.InspectionCycles;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.sheet.SheetRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo register of special-equipment units: one to six units for each demo special-equipment user enterprise,
 * mostly elevators, with registration codes as 使用登记证编号 are written (梯10苏A00001(19): kind, 苏 and the city's
 * plate letter, a serial, the year registered) and periodic inspections such that about one unit in twelve is
 * overdue (a few after a failed inspection) and one in ten falls due within 30 days. Their maintenance units are
 * 演示…维保有限公司. Loaded once, through the register's own import, when the register is empty.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "qualityguard.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoUnits implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUnits.class);
    private static final DivisionCode PROVINCE = new DivisionCode("320000");
    /** Jiangsu's cities by the letter of their plates and registration codes, 320100 南京 A … 321300 宿迁 N. */
    private static final String CITY_LETTERS = "ABCDEFGHJKLMN";

    /** A kind with the character its registration codes start with and how common it is among units in use. */
    private record Kind(EquipmentKind kind, String prefix, int weight) {
    }

    private static final List<Kind> KINDS = List.of(new Kind(EquipmentKind.ELEVATOR, "梯", 45),
            new Kind(EquipmentKind.PRESSURE_VESSEL, "容", 20), new Kind(EquipmentKind.LIFTING_MACHINERY, "起", 12),
            new Kind(EquipmentKind.IN_PLANT_VEHICLE, "车", 10), new Kind(EquipmentKind.BOILER, "锅", 6),
            new Kind(EquipmentKind.PRESSURE_PIPING, "管", 5), new Kind(EquipmentKind.LARGE_AMUSEMENT_DEVICE, "游", 1),
            new Kind(EquipmentKind.PASSENGER_ROPEWAY, "索", 1));

    /** The province's demo administrator records the units: recording a periodic inspection is an act of its bureau. */
    private static final String CLERK = "admin";

    private final EquipmentRegister register;
    private final EnterpriseDirectory enterprises;
    private final UserDetailsService accounts;

    DemoUnits(EquipmentRegister register, EnterpriseDirectory enterprises, UserDetailsService accounts) {
        this.register = register;
        this.enterprises = enterprises;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!register.countsByDivision(PROVINCE.scope()).isEmpty()) {
            return;
        }
        List<EnterpriseCard> users = new ArrayList<>();
        enterprises.forEachWithin(PROVINCE.scope(), card -> {
            if (card.specialEquipmentUser() && card.name().startsWith("演示")) {
                users.add(card);
            }
        });
        if (users.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        List<SheetRow> rows = generate(users, register.today(), InspectionCycles.defaults(), new Random(2011));
        UnitImportResult result = register.importRows((StaffUser) accounts.loadUserByUsername(CLERK), "demo-units",
                rows);
        if (!result.errors().isEmpty()) {
            throw new IllegalStateException("the demo units do not import: " + result.errors().get(0));
        }
        log.info("Loaded the demo special-equipment units: {} units of {} user enterprises (marked as demo), in {} ms",
                result.created(), users.size(), (System.nanoTime() - started) / 1_000_000);
    }

    static List<SheetRow> generate(List<EnterpriseCard> users, LocalDate today, InspectionCycles cycles,
                                   Random random) {
        List<SheetRow> rows = new ArrayList<>();
        Map<Character, Integer> serials = new HashMap<>();
        int total = KINDS.stream().mapToInt(Kind::weight).sum();
        for (EnterpriseCard user : users) {
            String county = user.division().value();
            char letter = CITY_LETTERS.charAt(Integer.parseInt(county.substring(2, 4)) - 1);
            int count = 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                Kind kind = kind(random.nextInt(total));
                boolean vessel = kind.kind() == EquipmentKind.PRESSURE_VESSEL
                        || kind.kind() == EquipmentKind.PRESSURE_PIPING;
                int level = vessel ? 1 + random.nextInt(4) : 0;
                int cycleMonths = Math.max(1, cycles.monthsFor(kind.kind(), level));
                // where the next due date falls: one in twelve overdue, one in ten within 30 days, the rest later
                int roll = random.nextInt(120);
                boolean failed = roll < 3;
                int dueIn = roll < 10 ? -(1 + random.nextInt(120)) : roll < 22 ? random.nextInt(31)
                        : 31 + random.nextInt(Math.max(1, cycleMonths * 30 - 31));
                LocalDate last = failed ? today.minusDays(5 + random.nextInt(60))
                        : today.plusDays(dueIn).minusMonths(cycleMonths);
                LocalDate commissioned = last.minusMonths(cycleMonths).minusDays(random.nextInt(365 * 15));
                if (last.isAfter(today)) {
                    last = today;
                }
                Map<String, String> cells = new HashMap<>();
                int serial = serials.merge(letter, 1, Integer::sum);
                cells.put("registrationCode", String.format("%s10苏%c%05d(%02d)", kind.prefix(), letter, serial,
                        commissioned.getYear() % 100));
                cells.put("kind", kind.kind().name());
                cells.put("userCreditCode", user.creditCode());
                cells.put("maintenanceUnit", "演示" + user.name().substring(2, Math.min(5, user.name().length()))
                        + "维保有限公司");
                cells.put("divisionCode", county);
                cells.put("commissionedOn", commissioned.toString());
                cells.put("safetyLevel", level == 0 ? "" : Integer.toString(level));
                cells.put("lastInspectedOn", last.toString());
                cells.put("lastResult", failed ? "FAIL" : "PASS");
                rows.add(new SheetRow(rows.size() + 2, cells));
            }
        }
        return rows;
    }

    private static Kind kind(int r) {
        for (Kind k : KINDS) {
            r -= k.weight();
            if (r < 0) {
                return k;
            }
        }
        throw new IllegalStateException("weights must be positive");
    }
}
