package org.qualityguard.power.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.OrganisationKind;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.DivisionLevel;
import org.qualityguard.shared.FieldViolation;

class GuardRulesTest {

    private static final DivisionCode JIANGSU = new DivisionCode("320000");
    private static final DivisionCode NANJING = new DivisionCode("320100");
    private static final DivisionCode XUANWU = new DivisionCode("320102");
    private static final DivisionCode SUZHOU = new DivisionCode("320500");

    /** A code with one published version, for cities and counties, market supervision bureaus, Jiangsu's list. */
    private static GuardRules.Standing published(Set<ItemStatus> others) {
        Set<ItemStatus> statuses = EnumSet.of(ItemStatus.PUBLISHED);
        statuses.addAll(others);
        return new GuardRules.Standing("XK-TZSB-001", statuses, 2, EnumSet.of(DivisionLevel.CITY, DivisionLevel.COUNTY),
                EnumSet.of(OrganisationKind.MARKET_SUPERVISION), JIANGSU);
    }

    private static GuardRules.Standing without(ItemStatus... statuses) {
        return new GuardRules.Standing("XK-TZSB-001", EnumSet.of(statuses[0], statuses), null, Set.of(), Set.of(), null);
    }

    private static GuardRules.Acting bureauOf(DivisionCode division, DivisionCode actIn) {
        return new GuardRules.Acting(division.level(), OrganisationKind.MARKET_SUPERVISION, division, actIn);
    }

    private static String code(Optional<FieldViolation> refusal) {
        return refusal.map(v -> v.field() + " " + v.violation().code()).orElse("passed");
    }

    @Test
    void aCountyBureauActsInItsCountyUnderAPublishedItem() {
        assertThat(GuardRules.refusal("XK-TZSB-001", published(Set.of()), bureauOf(XUANWU, XUANWU))).isEmpty();
        assertThat(GuardRules.refusal("XK-TZSB-001", published(EnumSet.of(ItemStatus.SUPERSEDED, ItemStatus.DRAFTED)),
                bureauOf(NANJING, XUANWU))).as("a city bureau in a county of its city, beside old and new versions")
                .isEmpty();
    }

    @Test
    void anItemNotOnTheListIsRefusedAsUnknown() {
        assertThat(code(GuardRules.refusal("XK-NONE-001", null, bureauOf(XUANWU, XUANWU))))
                .isEqualTo("powerItem E4100");
    }

    @Test
    void anItemOnlyDraftedReviewedOrConfirmedIsRefusedAsUnpublished() {
        assertThat(code(GuardRules.refusal("XK-TZSB-001", without(ItemStatus.DRAFTED, ItemStatus.REVIEWED,
                ItemStatus.CONFIRMED), bureauOf(XUANWU, XUANWU)))).isEqualTo("powerItem E4101");
    }

    @Test
    void anAbolishedItemIsRefusedAsAbolishedEvenWithADraftBesideIt() {
        assertThat(code(GuardRules.refusal("XK-TZSB-001", without(ItemStatus.ABOLISHED, ItemStatus.DRAFTED),
                bureauOf(XUANWU, XUANWU)))).isEqualTo("powerItem E4102");
    }

    @Test
    void aSuspendedItemIsRefusedAsSuspended() {
        assertThat(code(GuardRules.refusal("XK-TZSB-001", without(ItemStatus.SUSPENDED, ItemStatus.SUPERSEDED),
                bureauOf(XUANWU, XUANWU)))).isEqualTo("powerItem E4104");
    }

    @Test
    void theProvinceBureauIsRefusedAnItemForCitiesAndCounties() {
        assertThat(code(GuardRules.refusal("XK-TZSB-001", published(Set.of()), bureauOf(JIANGSU, XUANWU))))
                .isEqualTo("organisation.level E4103");
    }

    @Test
    void anInspectionAndQuarantineBureauIsRefusedAMarketSupervisionItem() {
        GuardRules.Acting ciq = new GuardRules.Acting(DivisionLevel.CITY, OrganisationKind.INSPECTION_QUARANTINE,
                NANJING, NANJING);
        assertThat(code(GuardRules.refusal("XK-TZSB-001", published(Set.of()), ciq)))
                .isEqualTo("organisation.kind E4105");
        GuardRules.Acting unknown = new GuardRules.Acting(DivisionLevel.CITY, null, NANJING, NANJING);
        assertThat(code(GuardRules.refusal("XK-TZSB-001", published(Set.of()), unknown)))
                .as("an organisation of no known kind").isEqualTo("organisation.kind E4105");
    }

    @Test
    void aBureauActingOutsideItsDivisionIsRefused() {
        assertThat(code(GuardRules.refusal("XK-TZSB-001", published(Set.of()), bureauOf(NANJING, SUZHOU))))
                .isEqualTo("division E4106");
    }

    @Test
    void anItemOfAnotherProvincesListIsRefusedForAnActInJiangsu() {
        GuardRules.Standing zhejiang = new GuardRules.Standing("XK-TZSB-001", EnumSet.of(ItemStatus.PUBLISHED), 1,
                EnumSet.allOf(DivisionLevel.class), EnumSet.of(OrganisationKind.MARKET_SUPERVISION),
                new DivisionCode("330000"));
        assertThat(code(GuardRules.refusal("XK-TZSB-001", zhejiang, bureauOf(XUANWU, XUANWU))))
                .isEqualTo("division E4107");
    }

    @Test
    void theRefusalNamesTheItem() {
        assertThat(GuardRules.refusal("XK-TZSB-001", without(ItemStatus.ABOLISHED), bureauOf(XUANWU, XUANWU))
                .orElseThrow().violation().arguments()).containsExactly("XK-TZSB-001");
    }
}
