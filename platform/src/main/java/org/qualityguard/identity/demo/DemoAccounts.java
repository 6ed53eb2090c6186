package org.qualityguard.identity.demo;

import java.util.EnumSet;
import java.util.Set;

import org.qualityguard.identity.Organisation;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.DivisionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At the first start of a demo installation (no staff account yet), creates demo organisations and accounts and
 * prints their credentials. A demo installation made before the province analyst was added gets that account at its
 * next start. A production installation sets {@code qualityguard.demo.enabled=false} and names its
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

    private final StaffAdministration administration;

    DemoAccounts(StaffAdministration administration) {
        this.administration = administration;
    }

    @Override
    public void run(ApplicationArguments args) {
        StaffUser system = StaffUser.system(new DivisionCode("320000"));
        if (administration.anyStaff()) {
            addProvinceAnalyst(system);
            return;
        }
        Organisation province = administration.createOrganisation(system, PROVINCE, "320000");
        Organisation xuanwu = administration.createOrganisation(system, "南京市玄武区市场监督管理局（演示）", "320102");
        Organisation suzhou = administration.createOrganisation(system, "苏州市市场监督管理局（演示）", "320500");
        create(system, "admin", "演示管理员", province, EnumSet.allOf(Role.class));
        create(system, "xuanwu.inspector", "玄武区演示检查员", xuanwu, EnumSet.of(Role.INSPECTOR));
        create(system, "suzhou.analyst", "苏州市演示分析员", suzhou, EnumSet.of(Role.ANALYST, Role.INSPECTOR));
        createProvinceAnalyst(system, province);
        log.warn("""

                ==========================================================================
                 QualityGuard DEMO accounts (demo data only; change or disable in service):
                   admin             / {}   province administrator (all roles)
                   xuanwu.inspector  / {}   county inspector, 南京市玄武区 (320102)
                   suzhou.analyst    / {}   city analyst, 苏州市 (320500)
                   province.analyst  / {}   province analyst, 江苏省 (320000)
                ==========================================================================""",
                PASSWORD, PASSWORD, PASSWORD, PASSWORD);
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

    private void createProvinceAnalyst(StaffUser system, Organisation province) {
        create(system, PROVINCE_ANALYST, "江苏省演示分析员", province, EnumSet.of(Role.ANALYST));
    }

    private void create(StaffUser system, String username, String name, Organisation organisation, Set<Role> roles) {
        administration.createStaff(system, new StaffAdministration.NewStaff(username, name, PASSWORD,
                organisation.id(), roles));
    }
}
