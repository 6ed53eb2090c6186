package org.qualityguard.documents.pdf;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.qualityguard.documents.Section;
import org.qualityguard.documents.domain.DocumentError;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;

/**
 * Sets a document on A4 as GB/T 9704 lays out an official document, in the embedded Chinese font ({@link CjkFonts}): the organisation
 * and the title centred, the number under them, the party, the sections (headings in bold, paragraphs indented two
 * characters), the seal line (organisation and date in words, to the right) and on every page a footer with the
 * verification code and 第 n 页 共 N 页. Every character is checked against the font first: one it cannot show is
 * refused (E1084) rather than printed as an empty box.
 */
public final class DocumentPdf {

    /** 三号 (16 pt) for the body, 二号 (22 pt) for the title, as GB/T 9704. */
    private static final float BODY = 16f;
    private static final float TITLE = 22f;
    private static final float FOOTER = 9f;
    private static final float MARGIN_SIDE = 79f; // 28 mm
    private static final float MARGIN_TOP = 105f; // 37 mm
    private static final float MARGIN_BOTTOM = 99f; // 35 mm

    /** Marks that may not open a line (。，、“”’…) and that may not close one (“‘（《〔【). */
    private static final String NO_LINE_START = "。，、；：？！）》〕】」』”’…—·,.;:?!)%";
    private static final String NO_LINE_END = "（《〔【「『“‘(";
    private static final SplitCharacter LINE_BREAKS = (start, current, end, cc, ck) -> {
        char next = current + 1 < end ? cc[current + 1] : ' ';
        if (NO_LINE_END.indexOf(cc[current]) >= 0 || NO_LINE_START.indexOf(next) >= 0) {
            return false;
        }
        return DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, cc, ck);
    };

    private final CjkFonts fonts;

    public DocumentPdf(CjkFonts fonts) {
        this.fonts = fonts;
    }

    /** A rendered document: the PDF's bytes and its number of pages. */
    public record Rendered(byte[] pdf, int pages) {
    }

    public Rendered render(PdfContent c) {
        requireGlyphs(c);
        Font body = new Font(fonts.regular(), BODY);
        Font strong = new Font(fonts.regular(), BODY, Font.BOLD);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document doc = new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        Footer footer = new Footer(fonts.regular(), c.verificationCode());
        writer.setPageEvent(footer);
        doc.addTitle(c.number() + " " + c.title());
        doc.addCreator("QualityGuard");
        doc.open();
        doc.add(centred(c.organisationName(), new Font(fonts.regular(), BODY + 2), 0));
        doc.add(centred(c.title(), new Font(fonts.regular(), TITLE, Font.BOLD), 6));
        doc.add(centred(c.number(), body, 10));
        Paragraph party = block(phrase(c.party(), body), 18, 0);
        party.setAlignment(Element.ALIGN_LEFT);
        doc.add(party);
        List<Paragraph> blocks = new ArrayList<>();
        for (Section s : c.sections()) {
            if (!s.heading().isBlank()) {
                blocks.add(block(phrase(s.heading(), strong), 10, 2 * BODY));
            }
            for (String p : s.paragraphs()) {
                if (p != null && !p.isBlank()) {
                    blocks.add(block(phrase(p.strip(), body), 4, 2 * BODY));
                }
            }
        }
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("a document needs at least one paragraph (DocumentRules)");
        }
        blocks.subList(0, blocks.size() - 1).forEach(doc::add);
        Paragraph seal = new Paragraph(c.organisationName(), body);
        seal.setAlignment(Element.ALIGN_RIGHT);
        seal.setSpacingBefore(3 * BODY);
        seal.add(Chunk.NEWLINE);
        seal.add(new Chunk(c.date(), body));
        doc.add(keptTogether(blocks.get(blocks.size() - 1), seal));
        doc.close();
        return new Rendered(out.toByteArray(), footer.pages);
    }

    /** Text that breaks between lines as Chinese does: never before a closing mark, never after an opening one. */
    private static Phrase phrase(String text, Font font) {
        Chunk chunk = new Chunk(text, font);
        chunk.setSplitCharacter(LINE_BREAKS);
        return new Phrase(chunk);
    }

    /**
     * The last paragraph and the seal line as one unbreakable block: the seal never stands alone on a page (GB/T 9704
     * would have the text moved rather than print a page with only the seal and date).
     */
    private static PdfPTable keptTogether(Paragraph last, Paragraph seal) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.addElement(last);
        cell.addElement(seal);
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.addCell(cell);
        return table;
    }

    private static Paragraph centred(String text, Font font, float before) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(before);
        return p;
    }

    private static Paragraph block(Phrase text, float before, float indent) {
        Paragraph p = new Paragraph(text);
        p.setLeading(BODY * 1.75f);
        p.setSpacingBefore(before);
        p.setFirstLineIndent(indent);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        return p;
    }

    private void requireGlyphs(PdfContent c) {
        check("organisationName", c.organisationName(), fonts.regular());
        check("title", c.title(), fonts.regular());
        check("number", c.number(), fonts.regular());
        check("party", c.party(), fonts.regular());
        for (Section s : c.sections()) {
            check("sections", s.heading(), fonts.regular());
            s.paragraphs().forEach(p -> check("sections", p, fonts.regular()));
        }
        check("date", c.date(), fonts.regular());
        check("verificationCode", Footer.codeLine(c.verificationCode()) + Footer.pageLine(1, 1), fonts.regular());
    }

    private static void check(String field, String text, BaseFont font) {
        if (text == null) {
            return;
        }
        List<FieldViolation> faults = new ArrayList<>();
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !font.charExists(cp)).distinct().limit(1)
                .forEach(cp -> faults.add(FieldViolation.of(field, DocumentError.GLYPH_MISSING.violation(
                        new String(Character.toChars(cp)), String.format("U+%04X", cp)))));
        if (!faults.isEmpty()) {
            throw new ValidationException(faults);
        }
    }

    /** The footer of every page; the total page count is written into a template once the document is closed. */
    private static final class Footer extends PdfPageEventHelper {

        private final BaseFont font;
        private final String code;
        private PdfTemplate total;
        private int pages;

        Footer(BaseFont font, String code) {
            this.font = font;
            this.code = code;
        }

        static String codeLine(String code) {
            return "验证码：" + code + "（在门户网站“文书核验”页输入，可核验本文书的真伪）";
        }

        static String pageLine(int page, int of) {
            return "第 " + page + " 页 共 " + of + " 页";
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            Font small = new Font(font, FOOTER);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(codeLine(code), small),
                    document.left(), document.bottom() - 30, 0);
            // 第 n 页 共 N 页, centred; N is written into the template when the document closes
            String page = "第 " + writer.getPageNumber() + " 页 共 ";
            float pageWidth = font.getWidthPoint(page, FOOTER);
            float x = (document.left() + document.right() - pageWidth - font.getWidthPoint("9 页", FOOTER)) / 2;
            float y = document.bottom() - 48;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(page, small), x, y, 0);
            canvas.addTemplate(total, x + pageWidth, y);
            pages = writer.getPageNumber();
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, FOOTER);
            total.showText(pages + " 页");
            total.endText();
        }
    }
}
