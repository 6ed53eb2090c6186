package org.qualityguard.identity.demo;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qualityguard.identity.Divisions;
import org.qualityguard.identity.Organisation;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.DivisionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At the first start of a demo installation (no staff account yet), creates demo organisations and accounts and
 * prints their credentials. A demo installation made before the province analyst or the cities' inspectors were
 * added gets those accounts at its next start. A production installation sets {@code qualityguard.demo.enabled=false} and names its
 * first administrator instead (see {@code FirstAdministrator}).
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "qualityguard.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo-password-2026";
    static final String PROVINCE = "江苏省市场监督管理局（演示）";
    static final String PROVINCE_ANALYST = "province.analyst";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    /** Jiangsu's cities with the name their demo inspectors' usernames start with. */
    private static final List<Map.Entry<String, String>> CITIES = List.of(Map.entry("320100", "nanjing"),
            Map.entry("320200", "wuxi"), Map.entry("320300", "xuzhou"), Map.entry("320400", "changzhou"),
            Map.entry("320500", "suzhou"), Map.entry("320600", "nantong"), Map.entry("320700", "lianyungang"),
            Map.entry("320800", "huaian"), Map.entry("320900", "yancheng"), Map.entry("321000", "yangzhou"),
            Map.entry("321100", "zhenjiang"), Map.entry("321200", "taizhou"), Map.entry("321300", "suqian"));
    private static final String XUANWU = "南京市玄武区市场监督管理局（演示）";

    private final StaffAdministration administration;
    private final Divisions divisions;
    private final int inspectorsPerCity;

    DemoAccounts(StaffAdministration administration, Divisions divisions,
                 @Value("${qualityguard.demo.inspectors-per-city:4}") int inspectorsPerCity) {
        this.administration = administration;
        this.divisions = divisions;
        this.inspectorsPerCity = inspectorsPerCity;
    }

    @Override
    public void run(ApplicationArguments args) {
        StaffUser system = StaffUser.system(new DivisionCode("320000"));
        if (administration.anyStaff()) {
            addProvinceAnalyst(system);
            addInspectors(system);
            return;
        }
        Organisation province = administration.createOrganisation(system, PROVINCE, "320000");
        Organisation xuanwu = administration.createOrganisation(system, XUANWU, "320102");
        Organisation suzhou = administration.createOrganisation(system, "苏州市市场监督管理局（演示）", "320500");
        create(system, "admin", "演示管理员", province, EnumSet.allOf(Role.class));
        create(system, "xuanwu.inspector", "玄武区演示检查员", xuanwu, EnumSet.of(Role.INSPECTOR));
        create(system, "suzhou.analyst", "苏州市演示分析员", suzhou, EnumSet.of(Role.ANALYST, Role.INSPECTOR));
        createProvinceAnalyst(system, province);
        addInspectors(system);
        log.warn("""

                ==========================================================================
                 QualityGuard DEMO accounts (demo data only; change or disable in service):
                   admin             / {}   province administrator (all roles)
                   xuanwu.inspector  / {}   county inspector, 南京市玄武区 (320102)
                   suzhou.analyst    / {}   city analyst, 苏州市 (320500)
                   province.analyst  / {}   province analyst, 江苏省 (320000)
                   nanjing.inspector1 … suqian.inspector{} and xuanwu.inspector2 … xuanwu.inspector{} / {}
                                     inspectors of each city's bureau and of 玄武区 (double-random draws)
                ==========================================================================""",
                PASSWORD, PASSWORD, PASSWORD, PASSWORD, inspectorsPerCity, inspectorsPerCity, PASSWORD);
    }

    /** Only where the demo province is there: an installation that was not seeded as a demo stays as it is. */
    private void addProvinceAnalyst(StaffUser system) {
        boolean exists = administration.accounts(system).stream()
                .anyMatch(a -> a.username().equals(PROVINCE_ANALYST));
        if (!exists) {
            administration.organisations(system).stream().filter(o -> o.name().equals(PROVINCE)).findFirst()
                    .ifPresent(province -> {
                        createProvinceAnalyst(system, province);
                        log.warn("Added the DEMO account {} / {} (province analyst, demo data only)",
                                PROVINCE_ANALYST, PASSWORD);
                    });
        }
    }

    /**
     * The inspectors a double-random draw needs: {@code inspectorsPerCity} at each city's demo bureau and as many at
     * 玄武区 (with xuanwu.inspector), so that every city's and 玄武区's plan finds two without a conflict of interest.
     * Only where the demo province is there; an account or bureau already made is left as it is.
     */
    private void addInspectors(StaffUser system) {
        List<Organisation> organisations = administration.organisations(system);
        if (organisations.stream().noneMatch(o -> o.name().equals(PROVINCE))) {
            return;
        }
        Set<String> usernames = new HashSet<>();
        administration.accounts(system).forEach(a -> usernames.add(a.username()));
        for (Map.Entry<String, String> city : CITIES) {
            DivisionCode code = new DivisionCode(city.getKey());
            String name = divisions.nameOf(code);
            Organisation bureau = organisation(system, organisations, name + "市场监督管理局（演示）", code);
            for (int i = 1; i <= inspectorsPerCity; i++) {
                String username = city.getValue() + ".inspector" + i;
                if (!usernames.contains(username)) {
                    create(system, username, name + "演示检查员" + i, bureau, EnumSet.of(Role.INSPECTOR));
                }
            }
        }
        Organisation xuanwu = organisation(system, organisations, XUANWU, new DivisionCode("320102"));
        for (int i = 2; i <= inspectorsPerCity; i++) {
            String username = "xuanwu.inspector" + i;
            if (!usernames.contains(username)) {
                create(system, username, "玄武区演示检查员" + i, xuanwu, EnumSet.of(Role.INSPECTOR));
            }
        }
    }

    private Organisation organisation(StaffUser system, List<Organisation> existing, String name, DivisionCode code) {
        return existing.stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseGet(() -> administration.createOrganisation(system, name, code.value()));
    }

    private void createProvinceAnalyst(StaffUser system, Organisation province) {
        create(system, PROVINCE_ANALYST, "江苏省演示分析员", province, EnumSet.of(Role.ANALYST));
    }

    private void create(StaffUser system, String username, String name, Organisation organisation, Set<Role> roles) {
        administration.createStaff(system, new StaffAdministration.NewStaff(username, name, PASSWORD,
                organisation.id(), roles));
    }
}
