package io.github.bulletinkit.docx;

import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.model.Label;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The page: its size, orientation and margins, and a footer that reads {@code Page N of M}, its words marked
 * English in a bulletin whose language has no words of its own for it; with a Word template, its headers and
 * footers, the {@code Page N of M} footer only where it has no footer of its own.
 */
final class PageSetup {

    private final WordPage page;
    private final Letterhead letterhead;
    private final List<String> footerWords;
    private final TextWriter text;
    /** The footer words' language: empty for the document's. */
    private final String language;

    /** @param letterhead the Word template's letterhead, or null for none */
    PageSetup(LayoutPlan plan, TextWriter text, WordPage page, Letterhead letterhead) {
        this.page = page;
        this.letterhead = letterhead;
        this.footerWords = plan.footerWords();
        this.text = text;
        this.language = footerLanguage(plan);
    }

    /** The language of the footer's words: empty when it is the document's. */
    static String footerLanguage(LayoutPlan plan) {
        String words = plan.words().language(Label.PAGE);
        return words.equalsIgnoreCase(plan.document().language()) ? "" : words;
    }

    /**
     * Adds the footer, and the template's headers and footers, to {@code document}; the section's properties,
     * which refer to them, are what the body ends with.
     */
    CTSectPr write(XWPFDocument document) throws IOException {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        if (letterhead == null || !letterhead.hasFooter()) {
            String id = Letterhead.add(document, "/word/footer", ".xml", XWPFRelation.FOOTER.getContentType(),
                    XWPFRelation.FOOTER.getRelation(), footer());
            CTHdrFtrRef reference = section.addNewFooterReference();
            reference.setType(STHdrFtr.DEFAULT);
            reference.setId(id);
        }
        if (letterhead != null) {
            letterhead.addTo(document, section);
        }
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(page.size().width()));
        size.setH(BigInteger.valueOf(page.size().height()));
        if (page.size().landscape()) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        WordPage.Margin margins = page.margin();
        CTPageMar margin = section.addNewPgMar();
        margin.setTop(BigInteger.valueOf(margins.top()));
        margin.setRight(BigInteger.valueOf(margins.right()));
        margin.setBottom(BigInteger.valueOf(margins.bottom()));
        margin.setLeft(BigInteger.valueOf(margins.left()));
        margin.setHeader(BigInteger.valueOf(margins.header()));
        margin.setFooter(BigInteger.valueOf(margins.footer()));
        margin.setGutter(BigInteger.valueOf(margins.gutter()));
        return section;
    }

    /** BulletinKit's footer part: one paragraph, its words around the page's number and the number of pages. */
    private byte[] footer() {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        WordStream xml = WordStream.start(written, "w:ftr", false);
        TextWriter.styled(xml, StyleSheet.FOOTER);
        words(xml, footerWords.get(0));
        field(xml, "PAGE");
        words(xml, footerWords.get(1));
        field(xml, "NUMPAGES");
        words(xml, footerWords.get(2));
        xml.finish();
        return written.toByteArray();
    }

    private void words(WordStream xml, String words) {
        if (!words.isEmpty()) {
            text.plain(xml, words, language);
        }
    }

    /** A field that Word and LibreOffice compute as they lay the pages out; "1" until they do. */
    private static void field(WordStream xml, String instruction) {
        xml.start("w:fldSimple").attribute("w:instr", " " + instruction + " ");
        TextWriter.plain(xml, "1");
        xml.end();
    }
}
