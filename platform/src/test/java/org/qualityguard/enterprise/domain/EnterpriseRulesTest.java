package org.qualityguard.enterprise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.FieldViolation;

class EnterpriseRulesTest {

    private static final Set<String> JIANGSU_SAMPLE = Set.of("320102", "320104", "320500", "320506");
    private final EnterpriseRules rules = new EnterpriseRules(d -> JIANGSU_SAMPLE.contains(d.value()),
            new DivisionCode("320100").scope());

    private static EnterpriseDraft aFoodProducer() {
        return new EnterpriseDraft("914403001922038216", "玄武食品有限公司", "食品生产企业", "乳制品", "320102",
                "玄武路1号", "张三");
    }

    @Test
    void aCompleteFoodProducerPasses() {
        EnterpriseRules.Outcome outcome = rules.check(aFoodProducer(), false, 0);
        assertThat(outcome.violations()).isEmpty();
        assertThat(outcome.enterprise().foodCategory()).isEqualTo(FoodCategory.DAIRY_PRODUCTS);
        assertThat(outcome.enterprise().categories()).containsExactly(EnterpriseCategory.FOOD_PRODUCER);
    }

    @Test
    void categoriesMayBeCodesOrChineseNamesSeparatedAsPeopleTypeThem() {
        EnterpriseDraft draft = new EnterpriseDraft("914403001922038216", "玄武食品有限公司",
                "FOOD_PRODUCER、进出口企业", "05", "320102", null, null);
        assertThat(rules.check(draft, false, 0).enterprise().categories())
                .containsExactlyInAnyOrder(EnterpriseCategory.FOOD_PRODUCER, EnterpriseCategory.IMPORTER_EXPORTER);
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsField() {
        EnterpriseDraft draft = new EnterpriseDraft("914403001922038217", " ", "面包店", "饼", "320599", null, null);
        assertThat(rules.check(draft, false, 0).violations())
                .extracting(FieldViolation::field, v -> v.violation().code())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("creditCode", "E1005"),
                        org.assertj.core.groups.Tuple.tuple("name", "E2001"),
                        org.assertj.core.groups.Tuple.tuple("categories", "E2004"),
                        org.assertj.core.groups.Tuple.tuple("foodCategory", "E2006"),
                        org.assertj.core.groups.Tuple.tuple("divisionCode", "E1012"));
    }

    @Test
    void aFoodProducerNeedsAFoodCategory() {
        EnterpriseDraft draft = new EnterpriseDraft("914403001922038216", "玄武食品有限公司", "FOOD_PRODUCER", "",
                "320102", null, null);
        assertThat(rules.check(draft, false, 0).violations()).extracting(v -> v.violation().code())
                .containsExactly("E2005");
    }

    @Test
    void onlyAFoodProducerHasAFoodCategory() {
        EnterpriseDraft draft = new EnterpriseDraft("914403001922038216", "玄武电梯有限公司", "特种设备使用单位", "乳制品",
                "320102", null, null);
        assertThat(rules.check(draft, false, 0).violations()).extracting(v -> v.violation().code())
                .containsExactly("E2007");
    }

    @Test
    void aDivisionOutsideTheClerksScopeIsRefused() {
        EnterpriseDraft draft = new EnterpriseDraft("914403001922038216", "苏州食品有限公司", "FOOD_PRODUCER", "05",
                "320506", null, null);
        assertThat(rules.check(draft, false, 0).violations()).extracting(v -> v.violation().code())
                .containsExactly("E9001");
    }

    @Test
    void anOverlongAddressIsRefused() {
        EnterpriseDraft draft = new EnterpriseDraft("914403001922038216", "玄武食品有限公司", "FOOD_PRODUCER", "05",
                "320102", "路".repeat(301), null);
        assertThat(rules.check(draft, false, 0).violations()).extracting(FieldViolation::field)
                .containsExactly("address");
    }

    @Test
    void changedFactsAreTellableFromBookkeeping() {
        Enterprise a = rules.check(aFoodProducer(), false, 0).enterprise();
        Enterprise sameFactsOtherVersion = rules.check(aFoodProducer(), true, 7).enterprise();
        assertThat(a.differsFrom(sameFactsOtherVersion)).isFalse();
        EnterpriseDraft renamed = new EnterpriseDraft("914403001922038216", "玄武乳业有限公司", "食品生产企业", "乳制品",
                "320102", "玄武路1号", "张三");
        assertThat(a.differsFrom(rules.check(renamed, false, 0).enterprise())).isTrue();
    }
}
