package org.qualityguard.sampling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qualityguard.sampling.demo.DemoComplaintSet;

class ComplaintClassifierTest {

    private static ComplaintClassifier.Labelled l(String text, String category) {
        return new ComplaintClassifier.Labelled(text, category);
    }

    @Test
    void smartcnCutsChineseIntoWords() {
        assertThat(ChineseText.words("纯牛奶喝起来有酸味")).contains("牛奶", "酸味");
    }

    @Test
    void aComplaintIsPutInTheCategoryWhoseWordsItShares() {
        ComplaintClassifier c = ComplaintClassifier.train(List.of(
                l("纯牛奶 喝起来有酸味", "01.0"), l("酸奶 有凝块", "01.0"), l("奶粉 结块", "01.0"),
                l("电热水壶 漏电", "I01"), l("电吹风 插头发烫", "I01"), l("电饭煲 外壳麻手", "I01")));
        ComplaintClassifier.Prediction p = c.classify("买的牛奶有股酸味");
        assertThat(p.category()).isEqualTo("01.0");
        assertThat(p.confidence()).isGreaterThan(0.5).isLessThanOrEqualTo(1.0);
        assertThat(p.runnerUp()).isEqualTo("I01");
        assertThat(p.confidence() + p.runnerUpConfidence()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void oneCorrectedLabelMovesASimilarComplaint() {
        List<ComplaintClassifier.Labelled> labels = new java.util.ArrayList<>(List.of(
                l("豆腐 发霉", "04.0"), l("香菇 发霉", "04.0"), l("面包 发霉", "07.0"), l("月饼 发酸", "07.0")));
        assertThat(ComplaintClassifier.train(labels).classify("腐竹 发霉").category()).isEqualTo("04.0");
        labels.add(l("腐竹 发霉", "07.0"));
        labels.add(l("腐竹 有异味", "07.0"));
        assertThat(ComplaintClassifier.train(labels).classify("腐竹 发霉").category()).isEqualTo("07.0");
    }

    @Test
    void withFewerThanTwoCategoriesNothingIsSuggested() {
        assertThat(ComplaintClassifier.train(List.of(l("牛奶", "01.0"))).classify("牛奶")).isNull();
    }

    @Test
    void onTheHeldBackDemoLabelsMostComplaintsAreClassifiedRight() {
        List<DemoComplaintSet.DemoComplaint> set = DemoComplaintSet.demo();
        ComplaintClassifier c = ComplaintClassifier.train(set.stream().filter(d -> !d.heldBack())
                .map(d -> l(ComplaintText.of(d.productName(), d.brand(), d.problem()), d.category())).toList());
        assertThat(c.accuracyOn(DemoComplaintSet.heldBack(set))).isGreaterThan(0.75);
    }
}
