package io.github.bulletinkit.docx;

import static io.github.bulletinkit.docx.TextWriter.styled;

import io.github.bulletinkit.format.Margins;
import io.github.bulletinkit.format.Orientation;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.model.Label;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The page: its size, orientation and margins, and a footer that reads {@code Page N of M}, its words marked
 * English in a bulletin whose language has no words of its own for it.
 */
final class PageSetup {

    private final RenderOptions options;
    private final List<String> footerWords;
    private final TextWriter text;
    /** The footer words' language: empty for the document's. */
    private final String language;

    PageSetup(LayoutPlan plan, List<String> footerWords, TextWriter text) {
        this.options = plan.options();
        this.footerWords = footerWords;
        this.text = text;
        String words = plan.words().language(Label.PAGE);
        this.language = words.equalsIgnoreCase(plan.document().language()) ? "" : words;
    }

    /** Call after the body is written: the section properties must come last in it. */
    void write(XWPFDocument document) {
        // Through POI's wrapper: on saving, POI adds an empty paragraph to a footer whose wrapper holds none.
        footer(document.createFooter(HeaderFooterType.DEFAULT).createParagraph().getCTP());
        CTSectPr section = document.getDocument().getBody().getSectPr();
        Orientation orientation = options.orientation();
        CTPageSz size = section.addNewPgSz();
        size.setW(Twips.big(options.pageSize().width(orientation)));
        size.setH(Twips.big(options.pageSize().height(orientation)));
        if (orientation == Orientation.LANDSCAPE) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        Margins margins = options.margins();
        CTPageMar margin = section.addNewPgMar();
        margin.setTop(Twips.big(margins.top()));
        margin.setRight(Twips.big(margins.right()));
        margin.setBottom(Twips.big(margins.bottom()));
        margin.setLeft(Twips.big(margins.left()));
        // The header and footer sit halfway into their margins.
        margin.setHeader(Twips.big(margins.top() / 2));
        margin.setFooter(Twips.big(margins.bottom() / 2));
        margin.setGutter(BigInteger.ZERO);
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
        TextWriter.text(field.addNewR(), "1");
    }
}
