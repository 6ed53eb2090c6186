package org.qualityguard.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qualityguard.documents.DocumentKind;
import org.qualityguard.documents.IssueDocument;
import org.qualityguard.documents.Section;
import org.qualityguard.shared.FieldViolation;

class DocumentRulesTest {

    private static IssueDocument document(String abbreviation, List<Section> sections) {
        return new IssueDocument(DocumentKind.PENALTY_DECISION, "苏宁市市场监督管理局", abbreviation, "行政处罚决定书",
                "当事人：苏宁某某食品有限公司", sections);
    }

    private static List<String> codes(IssueDocument d) {
        return DocumentRules.check(d).stream().map(v -> v.field() + " " + v.violation().code()).toList();
    }

    @Test
    void aCompleteDocumentPasses() {
        assertThat(codes(document("苏宁市监", List.of(new Section("", List.of("经查……")))))).isEmpty();
    }

    @Test
    void anAbbreviationOfOtherThanChineseCharactersIsRefused() {
        assertThat(codes(document("SN-SJ", List.of(new Section("", List.of("经查……"))))))
                .containsExactly("abbreviation E1082");
    }

    @Test
    void aDocumentWithoutAnyParagraphIsRefused() {
        assertThat(codes(document("苏宁市监", List.of(new Section("一、违法事实", List.of(" "))))))
                .containsExactly("sections E1080");
    }

    @Test
    void everyMissingPartIsNamed() {
        IssueDocument empty = new IssueDocument(null, " ", null, "", null, List.of());
        assertThat(DocumentRules.check(empty)).extracting(FieldViolation::field)
                .containsExactly("kind", "organisationName", "abbreviation", "title", "party", "sections");
    }
}
