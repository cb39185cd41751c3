package io.github.bulletinkit.docx;

import static io.github.bulletinkit.docx.BeanTextWriter.styled;

import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.model.Label;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** The bean-based writer's page and footer, as {@code PageSetup} wrote them before the body was streamed. */
final class BeanPageSetup {

    private final WordPage page;
    private final Letterhead letterhead;
    private final List<String> footerWords;
    private final BeanTextWriter text;
    /** The footer words' language: empty for the document's. */
    private final String language;

    /** @param letterhead the Word template's letterhead, or null for none */
    BeanPageSetup(LayoutPlan plan, List<String> footerWords, BeanTextWriter text, WordPage page,
            Letterhead letterhead) {
        this.page = page;
        this.letterhead = letterhead;
        this.footerWords = footerWords;
        this.text = text;
        String words = plan.words().language(Label.PAGE);
        this.language = words.equalsIgnoreCase(plan.document().language()) ? "" : words;
    }

    /** Call after the body is written: the section properties must come last in it. */
    void write(XWPFDocument document) throws IOException {
        if (letterhead == null || !letterhead.hasFooter()) {
            // Through POI's wrapper: on saving, POI adds an empty paragraph to a footer whose wrapper holds none.
            footer(document.createFooter(HeaderFooterType.DEFAULT).createParagraph().getCTP());
        }
        CTBody body = document.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        if (letterhead != null) {
            letterhead.addTo(document, section);
            if (letterhead.evenAndOdd()) {
                document.getSettings().getCTSettings().addNewEvenAndOddHeaders();
            }
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
    }

    private void footer(CTP paragraph) {
        styled(paragraph, StyleSheet.FOOTER);
        words(paragraph, footerWords.get(0));
        field(paragraph, "PAGE");
        words(paragraph, footerWords.get(1));
        field(paragraph, "NUMPAGES");
        words(paragraph, footerWords.get(2));
    }

    private void words(CTP paragraph, String words) {
        if (!words.isEmpty()) {
            text.plain(paragraph, words, language);
        }
    }

    /** A field that Word and LibreOffice compute as they lay the pages out; "1" until they do. */
    private static void field(CTP paragraph, String instruction) {
        CTSimpleField field = paragraph.addNewFldSimple();
        field.setInstr(" " + instruction + " ");
        BeanTextWriter.text(field.addNewR(), "1");
    }
}
