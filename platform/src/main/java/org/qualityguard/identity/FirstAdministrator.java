package org.qualityguard.identity;

import java.util.EnumSet;

import org.qualityguard.shared.DivisionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A new production installation has no accounts and no demo data: its operator names the first administrator with
 * {@code QUALITYGUARD_FIRST_ADMIN_USERNAME}, {@code QUALITYGUARD_FIRST_ADMIN_PASSWORD} and
 * {@code QUALITYGUARD_FIRST_ADMIN_ORGANISATION} (placed at the province), who then creates everyone else.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final StaffAdministration administration;
    private final String username;
    private final String password;
    private final String organisation;

    FirstAdministrator(StaffAdministration administration,
                       @Value("${qualityguard.first-admin.username:}") String username,
                       @Value("${qualityguard.first-admin.password:}") String password,
                       @Value("${qualityguard.first-admin.organisation:江苏省市场监督管理局}") String organisation) {
        this.administration = administration;
        this.username = username;
        this.password = password;
        this.organisation = organisation;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || administration.anyStaff()) {
            return;
        }
        StaffUser system = StaffUser.system(new DivisionCode("320000"));
        Organisation province = administration.createOrganisation(system, organisation, "320000");
        administration.createStaff(system, new StaffAdministration.NewStaff(username, username, password,
                province.id(), EnumSet.of(Role.ADMIN)));
        log.info("Created the first administrator {} of {}", username, organisation);
    }
}
