package org.qualityguard.power.demo;

import org.qualityguard.identity.StaffUser;
import org.qualityguard.power.DraftingPowerItem;
import org.qualityguard.power.ItemContent;
import org.qualityguard.power.MovingPowerItem;
import org.qualityguard.power.PowerItemView;
import org.qualityguard.shared.clock.TimeLimit;
import org.qualityguard.power.domain.ItemStatus;
import org.qualityguard.power.persistence.ItemStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo province's power catalogue, loaded once at first start through the real use cases and marked as demo:
 * drafted by the province analyst, legally reviewed, confirmed and published by the administrator (who holds the
 * chief's role and did not draft them), before the other demo loaders act under these items. One amendment (食品生产
 * 许可 with a shorter promised limit) is left drafted, so the catalogue shows a version in force beside its successor.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "qualityguard.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoCatalogueLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogueLoader.class);
    static final String DRAFTER = "province.analyst";
    static final String LEADER = "admin";
    static final String AMENDED = "XK-SPSC-001";

    private final DraftingPowerItem drafting;
    private final MovingPowerItem moving;
    private final ItemStore items;
    private final UserDetailsService users;

    DemoCatalogueLoader(DraftingPowerItem drafting, MovingPowerItem moving, ItemStore items,
                        UserDetailsService users) {
        this.drafting = drafting;
        this.moving = moving;
        this.items = items;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (items.anyDemo()) {
            return;
        }
        StaffUser drafter = (StaffUser) users.loadUserByUsername(DRAFTER);
        StaffUser leader = (StaffUser) users.loadUserByUsername(LEADER);
        int published = 0;
        for (ItemContent content : DemoCatalogue.items()) {
            PowerItemView item = drafting.draftDemo(drafter, content);
            for (String command : new String[] {ItemStatus.REVIEW, ItemStatus.CONFIRM, ItemStatus.PUBLISH}) {
                moving.move(leader, new MovingPowerItem.Move(item.id(), command, null));
            }
            published++;
            if (content.code().equals(AMENDED)) {
                drafting.amend(drafter, new ItemContent(content.code(), content.type(), content.name(),
                        content.legalBases(), content.levels(), content.kinds(), content.statutoryLimit(),
                        new TimeLimit(8, content.promisedLimit().count(), 0), content.excluded(), content.discretion(),
                        content.responsibleUnit(), content.accountability()));
            }
        }
        log.info("Loaded the demo power catalogue: {} items published, 1 amendment drafted", published);
    }
}
