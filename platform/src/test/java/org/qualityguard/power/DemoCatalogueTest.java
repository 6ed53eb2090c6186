package org.qualityguard.power;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.qualityguard.power.demo.DemoCatalogue;
import org.qualityguard.power.domain.ItemRules;

class DemoCatalogueTest {

    private final List<ItemContent> items = DemoCatalogue.items();

    @Test
    void theDemoCatalogueHoldsBetweenTwentyAndFortyItemsEachWithAUniqueCode() {
        assertThat(items).hasSizeBetween(20, 40);
        assertThat(items.stream().map(ItemContent::code).collect(Collectors.toSet())).hasSize(items.size());
    }

    @Test
    void everyDemoItemPassesTheRulesADraftMustMeet() {
        for (ItemContent item : items) {
            assertThat(ItemRules.check(item)).as(item.code()).isEmpty();
            assertThat(item.code()).as("a code starts with its type's letters").startsWith(item.type().prefix() + "-");
        }
    }

    @Test
    void theItemsThePlatformsActsCiteAreInIt() {
        Set<String> codes = items.stream().map(ItemContent::code).collect(Collectors.toSet());
        assertThat(codes).contains("JC-SCJG-001", "JC-SP-001", "JC-TZSB-001", "JC-TZSB-002", "JC-JCK-001");
    }

    @Test
    void theBriefsExamplesCiteTheirLaws() {
        assertThat(basis("XK-TZSB-001")).contains("《特种设备安全法》第三十三条");
        assertThat(basis("XK-SPSC-001")).contains("《食品安全法》第三十五条");
        assertThat(basis("CF-CPZL-001")).contains("《产品质量法》第四十九条");
        assertThat(basis("JC-JL-001")).contains("《计量法》第九条");
        assertThat(basis("QZ-CPZL-001")).anyMatch(b -> b.startsWith("《行政强制法》"));
        assertThat(basis("JC-JCK-001")).anyMatch(b -> b.startsWith("《进出口商品检验法》"));
    }

    private List<String> basis(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow().legalBases().stream()
                .map(LegalBasis::toString).toList();
    }
}
