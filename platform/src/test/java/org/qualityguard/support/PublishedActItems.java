package org.qualityguard.support;

import java.util.Set;

import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.power.DraftingPowerItem;
import org.qualityguard.power.ItemContent;
import org.qualityguard.power.MovingPowerItem;
import org.qualityguard.power.PowerItemView;
import org.qualityguard.power.PublicPowerList;
import org.qualityguard.shared.NotFoundException;
import org.qualityguard.power.demo.DemoCatalogue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The suite runs without demo data, and the guard refuses every act whose power item is not published: so the test
 * platform publishes, at start, the demo catalogue's items that the acts cite (qualityguard.power.acts), through the
 * real use cases (an analyst of the province drafts, a chief reviews, confirms and publishes). Tests that need other
 * items make their own, with codes no other test uses.
 */
public final class PublishedActItems {

    private PublishedActItems() {
    }

    public static class Configuration {

        @Bean
        ApplicationRunner publishActItems(DraftingPowerItem drafting, MovingPowerItem moving, PublicPowerList list,
                                          StaffAdministration administration, UserDetailsService users,
                                          @Value("${qualityguard.power.acts.plan-approval}") String plan,
                                          @Value("${qualityguard.power.acts.food-inspection}") String food,
                                          @Value("${qualityguard.power.acts.special-equipment-inspection}") String se,
                                          @Value("${qualityguard.power.acts.periodic-inspection}") String periodic,
                                          @Value("${qualityguard.power.acts.lot-inspection}") String lot,
                                          @Value("${qualityguard.power.acts.food-sampling}") String foodSampling) {
            return args -> {
                Set<String> cited = Set.of(plan, food, se, periodic, lot, foodSampling);
                Staff staff = new Staff(administration);
                StaffUser drafter = user(users, staff.withRoles("320000", Role.ANALYST));
                StaffUser chief = user(users, staff.withRoles("320000", Role.CHIEF));
                for (ItemContent content : DemoCatalogue.items()) {
                    if (cited.contains(content.code()) && !published(list, content.code())) {
                        PowerItemView item = drafting.draft(drafter, content);
                        for (String command : new String[] {"review", "confirm", "publish"}) {
                            moving.move(chief, new MovingPowerItem.Move(item.id(), command, null));
                        }
                    }
                }
            };
        }

        /** A platform restarted on its database (the crash test) finds the items it published before. */
        private static boolean published(PublicPowerList list, String code) {
            try {
                list.item(code);
                return true;
            } catch (NotFoundException none) {
                return false;
            }
        }

        private static StaffUser user(UserDetailsService users, Staff.Member member) {
            return (StaffUser) users.loadUserByUsername(member.username());
        }
    }
}
