package org.qualityguard.power.demo;

import java.time.LocalDate;
import java.util.List;

import org.qualityguard.identity.StaffUser;
import org.qualityguard.power.RunningActs;
import org.qualityguard.power.RunningActs.ClockOperation;
import org.qualityguard.power.RunningActs.StartAct;
import org.qualityguard.power.supervision.SupervisionStore;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Running acts in the demo province, so that the electronic-supervision dashboard shows acts on time, at a yellow
 * card and at a red card on first start: licence applications (特种设备使用登记, 计量标准器具核准, 食品生产许可) received
 * by city bureaus some working days before the business today, started through the real use case (the power guard
 * included) and counted on the real working-day calendar; one suspended while the applicant completes the file. Act
 * ids begin with 演示 and the acts are marked demo.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "qualityguard.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoRunningActs implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRunningActs.class);

    /** An application: which bureau's inspector received it, for which item, where, how many working days ago. */
    record Application(String inspector, String item, String division, int workingDaysAgo) {
    }

    /** 特种设备使用登记 promises 5 working days, 计量标准器具核准 15, 食品生产许可 10 (the demo catalogue's limits). */
    static final List<Application> APPLICATIONS = List.of(
            new Application("nanjing.inspector1", "XK-TZSB-001", "320106", 1),
            new Application("nanjing.inspector1", "XK-TZSB-001", "320106", 2),
            new Application("nanjing.inspector1", "XK-TZSB-001", "320102", 4),
            new Application("nanjing.inspector1", "XK-TZSB-001", "320104", 7),
            new Application("nanjing.inspector2", "XK-JL-001", "320100", 5),
            new Application("nanjing.inspector2", "XK-JL-001", "320105", 13),
            new Application("wuxi.inspector1", "XK-TZSB-001", "320200", 2),
            new Application("wuxi.inspector1", "XK-SPSC-001", "320213", 9),
            new Application("wuxi.inspector1", "XK-SPSC-001", "320200", 12),
            new Application("suzhou.inspector1", "XK-TZSB-001", "320505", 3),
            new Application("suzhou.inspector1", "XK-JL-001", "320500", 17),
            new Application("suzhou.inspector1", "XK-SPSC-001", "320506", 4),
            new Application("xuzhou.inspector1", "XK-TZSB-001", "320300", 6),
            new Application("xuzhou.inspector1", "XK-JL-001", "320300", 2),
            new Application("changzhou.inspector1", "XK-SPSC-001", "320400", 8),
            new Application("changzhou.inspector1", "XK-TZSB-001", "320400", 1));

    private final RunningActs acts;
    private final SupervisionStore store;
    private final UserDetailsService users;
    private final BusinessTime time;
    private final WorkingDays workingDays;

    DemoRunningActs(RunningActs acts, SupervisionStore store, UserDetailsService users, BusinessTime time,
                    WorkingDays workingDays) {
        this.acts = acts;
        this.store = store;
        this.users = users;
        this.time = time;
        this.workingDays = workingDays;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (store.anyDemo()) {
            return;
        }
        LocalDate today = time.today();
        int n = 0;
        for (Application a : APPLICATIONS) {
            StaffUser inspector = (StaffUser) users.loadUserByUsername(a.inspector());
            String id = "演示-" + a.item() + "-" + today.getYear() + "-" + String.format("%04d", ++n);
            acts.startDemo(inspector, new StartAct(id, a.item(), new DivisionCode(a.division()),
                    workingDaysBefore(today, a.workingDaysAgo())));
            if (n == 2) {
                // the applicant was asked yesterday to complete the file: the clock stands still (中止)
                acts.record(inspector, id, new ClockOperation(ClockOperation.Kind.SUSPEND,
                        workingDaysBefore(today, 1), "申请材料不齐全，已一次性告知申请人补正", null, null));
            }
        }
        log.info("Started {} demo acts under electronic supervision", n);
    }

    private LocalDate workingDaysBefore(LocalDate day, int count) {
        LocalDate d = day;
        for (int left = count; left > 0; ) {
            d = d.minusDays(1);
            if (workingDays.isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }
}
