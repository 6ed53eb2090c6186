package org.qualityguard.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualityguard.documents.DocumentsUnavailableException;
import org.qualityguard.documents.Section;
import org.qualityguard.shared.ValidationException;

/**
 * A document rendered with the font installed on this machine (Debian fonts-arphic-uming, as CI installs it) and read
 * back with PDFBox: the Chinese text is there as text, the font is embedded, and page 1 rendered to an image has ink
 * where the title is. The image is kept under target/documents for a reviewer to look at.
 */
class DocumentPdfTest {

    static final List<Path> SYSTEM_FONTS = List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"));

    static PdfContent decision(int paragraphs) {
        List<String> facts = new ArrayList<>();
        for (int i = 1; i <= paragraphs; i++) {
            facts.add("经查，当事人于2026年9月在其经营场所销售的“苏宁牌”速冻水饺（批号20260901）经抽样检验，"
                    + "菌落总数项目不符合GB 19295-2021的要求，检验结论为不合格（第" + i + "项）。");
        }
        return new PdfContent("苏宁市市场监督管理局", "行政处罚决定书", "苏宁市监罚〔2026〕12号",
                "当事人：苏宁某某食品有限公司　统一社会信用代码：91320100MA1XXXXX0X",
                List.of(new Section("一、违法事实", facts),
                        new Section("二、处罚依据", List.of("《中华人民共和国食品安全法》第一百二十四条第一款第（一）项。")),
                        new Section("三、处罚决定", List.of("没收违法所得人民币3,200元，并处罚款人民币50,000元。"))),
                "二〇二六年十二月二日", "7K3M-0ABC-DEFG-HJKM");
    }

    private static DocumentPdf renderer() {
        return new DocumentPdf(CjkFonts.find(SYSTEM_FONTS));
    }

    @Test
    void theDecisionReadsBackInChineseWithItsNumberDateAndCodeAndPageOneShowsTheTitle() throws IOException {
        DocumentPdf.Rendered rendered = renderer().render(decision(3));

        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(595f, org.assertj.core.data.Offset.offset(1f));
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("行政处罚决定书", "苏宁市监罚〔2026〕12号", "二〇二六年十二月二日",
                    "7K3M-0ABC-DEFG-HJKM", "第 1 页 共 " + rendered.pages() + " 页", "菌落总数");
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("UMingCN");
                // TrueType outlines (CIDFontType2): OpenPDF's CFF subsets of Noto CJK broke glyphs such as 菌
                assertThat(((PDType0Font) font).getDescendantFont()).isInstanceOf(PDCIDFontType2.class);
            }
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 100);
            Path png = Path.of("target/documents/penalty-decision-page-1.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(page, "png", png.toFile());
            // the title is centred in 22 pt under the organisation's name, some 150 to 230 pt from the top
            assertThat(darkPixels(page, 0.15, 0.85, 0.19, 0.30)).as("ink where the title is").isGreaterThan(500);
            // and nothing but paper in the left margin
            assertThat(darkPixels(page, 0.0, 0.10, 0.19, 0.30)).as("ink in the left margin").isZero();
        }
    }

    @Test
    void aLongDocumentRunsOnToFurtherPagesEachNumberedOutOfTheTotal() throws IOException {
        DocumentPdf.Rendered rendered = renderer().render(decision(40));
        assertThat(rendered.pages()).isGreaterThan(2);
        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(rendered.pages());
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("第 1 页 共 " + rendered.pages() + " 页",
                    "第 " + rendered.pages() + " 页 共 " + rendered.pages() + " 页");
        }
    }

    @Test
    void theSealLineNeverStandsAloneOnAPage() throws IOException {
        DocumentPdf pdf = renderer();
        for (int paragraphs = 1; paragraphs <= 14; paragraphs++) {
            try (PDDocument doc = Loader.loadPDF(pdf.render(decision(paragraphs)).pdf())) {
                PDFTextStripper lastPage = new PDFTextStripper();
                lastPage.setStartPage(doc.getNumberOfPages());
                lastPage.setEndPage(doc.getNumberOfPages());
                assertThat(lastPage.getText(doc)).as("last page of %d paragraphs", paragraphs)
                        .contains("二〇二六年十二月二日", "并处罚款人民币");
            }
        }
    }

    @Test
    void aCharacterTheFontCannotShowIsRefusedRatherThanPrintedAsABox() {
        PdfContent withPrivateUse = new PdfContent("苏宁市市场监督管理局", "行政处罚决定书", "苏宁市监罚〔2026〕12号",
                "当事人：\uE000某", List.of(new Section("", List.of("经查……"))), "二〇二六年十二月二日",
                "7K3M-0ABC-DEFG-HJKM");
        assertThatThrownBy(() -> renderer().render(withPrivateUse)).isInstanceOfSatisfying(ValidationException.class,
                e -> {
                    assertThat(e.violations().get(0).field()).isEqualTo("party");
                    assertThat(e.violations().get(0).violation().code()).isEqualTo("E1084");
                    assertThat(e.violations().get(0).violation().arguments()).contains("U+E000");
                });
    }

    @Test
    void withoutAChineseFontNothingIsRenderedAndTheErrorSaysWhatToInstall(@TempDir Path empty) {
        assertThatThrownBy(() -> CjkFonts.find(List.of(empty)))
                .isInstanceOfSatisfying(DocumentsUnavailableException.class, e -> {
                    assertThat(e.violation().code()).isEqualTo("E1083");
                    assertThat(e.getMessage()).contains("E1083", "fonts-arphic-uming", empty.toString());
                });
    }

    @Test
    void theSimplifiedChineseFaceOfTheCollectionIsChosen() {
        assertThat(CjkFonts.find(SYSTEM_FONTS).regular().getPostscriptFontName()).isEqualTo("UMingCN");
    }

    /** Pixels darker than mid-grey in a region given as fractions of the page's width and height. */
    static int darkPixels(BufferedImage image, double left, double right, double top, double bottom) {
        int dark = 0;
        for (int y = (int) (top * image.getHeight()); y < bottom * image.getHeight(); y++) {
            for (int x = (int) (left * image.getWidth()); x < right * image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
                if (grey < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
