package org.qualityguard.enforcement.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.qualityguard.enforcement.CaseFiles;
import org.qualityguard.enforcement.Decisions;
import org.qualityguard.enforcement.EnforcementCase;
import org.qualityguard.enforcement.EnforcementCases;
import org.qualityguard.enforcement.Evidence;
import org.qualityguard.enforcement.domain.CaseStatus;
import org.qualityguard.enforcement.domain.DecisionDraft;
import org.qualityguard.enforcement.domain.FineBand;
import org.qualityguard.enforcement.domain.Party;
import org.qualityguard.enforcement.persistence.CaseStore;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.power.PowerType;
import org.qualityguard.power.PublicPowerItem;
import org.qualityguard.power.PublicPowerList;
import org.qualityguard.shared.BusinessTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A handful of demo cases (their summaries marked 演示) at different stages, through the real use cases (the power
 * guard, the clocks, the rules of the decision): a lead, a case under investigation, one whose party was notified, one
 * closed with its reasoned decision, and a lead not filed. Acted by the demo administrator on the demo catalogue's
 * 特种设备使用登记 penalty, in 玄武区; the dates keep every decision clock inside the published calendar years.
 */
@Component
@Order(6)
@ConditionalOnProperty(name = "qualityguard.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
    private static final String ITEM = "CF-TZSB-002";
    private static final String XUANWU = "320102";

    private final EnforcementCases cases;
    private final CaseFiles files;
    private final Decisions decisions;
    private final PublicPowerList powerList;
    private final CaseStore store;
    private final UserDetailsService users;
    private final BusinessTime time;

    DemoCases(EnforcementCases cases, CaseFiles files, Decisions decisions, PublicPowerList powerList,
              CaseStore store, UserDetailsService users, BusinessTime time) {
        this.store = store;
        this.cases = cases;
        this.files = files;
        this.decisions = decisions;
        this.powerList = powerList;
        this.users = users;
        this.time = time;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (store.anyDemo() || powerList.search(PowerType.PENALTY, ITEM).stream()
                .noneMatch(i -> i.code().equals(ITEM))) {
            // opened on an earlier start, or a catalogue without the demo penalty published: nothing to act on
            return;
        }
        StaffUser admin = (StaffUser) users.loadUserByUsername("admin");
        log.info("Opened {} demo enforcement cases", load(admin, ITEM, XUANWU));
    }

    /** Opens the demo cases on the item in the division, acting as {@code actor}; how many. */
    int load(StaffUser actor, String itemCode, String division) {
        LocalDate today = time.today();
        PublicPowerItem item = powerList.item(itemCode);
        FineBand band = FineBand.parse(item.discretion().get(0).range());
        BigDecimal goods = new BigDecimal("10000");
        BigDecimal fine = band.lowest(goods);
        open(actor, itemCode, division, "（演示）使用未办理使用登记的锅炉一台", today.minusDays(3));
        EnforcementCase declined = open(actor, itemCode, division, "（演示）举报称使用未登记电梯，经核查已办理登记",
                today.minusDays(10));
        cases.move(actor, declined.id(), new EnforcementCases.Move(CaseStatus.DECLINE, "经核查违法事实不成立", null));
        filed(actor, itemCode, division, "（演示）商场使用未登记的自动扶梯两台", today.minusDays(70), today.minusDays(65));
        EnforcementCase notified = filed(actor, itemCode, division, "（演示）宾馆使用未登记的客梯一台",
                today.minusDays(75), today.minusDays(72));
        cases.move(actor, notified.id(), new EnforcementCases.Move(CaseStatus.NOTIFY, null, fine));
        EnforcementCase closed = filed(actor, itemCode, division, "（演示）工厂使用未登记的叉车一台",
                today.minusDays(80), today.minusDays(78));
        cases.move(actor, closed.id(), new EnforcementCases.Move(CaseStatus.NOTIFY, null, fine));
        long evidence = cases.get(actor, closed.id()).evidence().get(0).id();
        decisions.decide(actor, closed.id(), new DecisionDraft(
                List.of(new DecisionDraft.Fact("当事人使用未办理使用登记的叉车一台", List.of(evidence))),
                item.legalBases().get(0).toString(), item.discretion().get(0).circumstance(), fine, goods,
                "首次违法，经责令后立即办理使用登记，依轻微情形处罚",
                List.of(new DecisionDraft.Statement("叉车为新购，尚未来得及登记", false,
                        "特种设备投入使用前或者投入使用后三十日内应当办理使用登记")), null));
        for (String command : List.of(CaseStatus.SERVE, CaseStatus.EXECUTE, CaseStatus.CLOSE)) {
            cases.move(actor, closed.id(), new EnforcementCases.Move(command, null, null));
        }
        return 5;
    }

    private EnforcementCase open(StaffUser actor, String itemCode, String division, String summary, LocalDate on) {
        return cases.openDemo(actor, new EnforcementCases.OpenCase(itemCode, Party.Kind.PERSON, null, "演示当事人",
                division, summary, on, false));
    }

    private EnforcementCase filed(StaffUser actor, String itemCode, String division, String summary, LocalDate lead,
                                  LocalDate filedOn) {
        EnforcementCase c = open(actor, itemCode, division, summary, lead);
        cases.file(actor, c.id(), null, filedOn);
        cases.move(actor, c.id(), new EnforcementCases.Move(CaseStatus.INVESTIGATE, null, null));
        byte[] record = ("现场笔录（演示）：" + summary).getBytes(StandardCharsets.UTF_8);
        files.add(actor, c.id(), new CaseFiles.AddEvidence(Evidence.Kind.ON_SITE_RECORD, "现场笔录", "现场检查",
                "演示执法人员甲、乙", filedOn, "record.txt", "text/plain", record));
        return c;
    }
}
