package io.github.bulletinkit.docx;

import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.Span;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

/** The bean-based writer's text, as {@code TextWriter} wrote it before the body was streamed. */
final class BeanTextWriter {

    private final BeanHyperlinks hyperlinks;
    private final ScriptFonts fonts;
    private final Set<String> languages = new LinkedHashSet<>();

    BeanTextWriter(BeanHyperlinks hyperlinks, ScriptFonts fonts) {
        this.hyperlinks = hyperlinks;
        this.fonts = fonts;
    }

    /** The languages that runs were marked with, each once, in the order first written. */
    List<String> languages() {
        return List.copyOf(languages);
    }

    /** Gives {@code paragraph} the style {@code styleId}; returns it. */
    static CTP styled(CTP paragraph, String styleId) {
        paragraph.addNewPPr().addNewPStyle().setVal(styleId);
        return paragraph;
    }

    /** Appends {@code text} without emphasis. */
    static void plain(CTP paragraph, String text) {
        text(paragraph.addNewR(), text);
    }

    /** Appends a block's spans: plain runs with their emphasis, and each link span one hyperlink. */
    void block(CTP paragraph, Block block) {
        for (Span span : block.spans()) {
            if (span.isLink()) {
                CTHyperlink link = hyperlink(paragraph, span.url());
                for (Run run : span.runs()) {
                    run(link::addNewR, run, true);
                }
            } else if (span.prefix()) {
                // A style of its own marks where the prefix ends, which the text alone does not when there is no
                // address, so that a document can be read back.
                for (Run run : span.runs()) {
                    for (DirectionalText piece : DirectionalText.of(run.text())) {
                        CTR r = paragraph.addNewR();
                        CTRPr properties = r.addNewRPr();
                        properties.addNewRStyle().setVal(StyleSheet.LINK_PREFIX);
                        name(properties, piece.text());
                        direction(properties, piece);
                        language(properties, run.language());
                        text(r, piece.text());
                    }
                }
            } else {
                for (Run run : span.runs()) {
                    run(paragraph::addNewR, run, false);
                }
            }
        }
    }

    /**
     * Appends a block's text as one link to {@code anchor}, a bookmark in the document; internal links have no
     * relationship, so a reader that follows only those leaves them be.
     */
    void internalLink(CTP paragraph, Block block, String anchor) {
        CTHyperlink link = paragraph.addNewHyperlink();
        link.setAnchor(anchor);
        for (Span span : block.spans()) {
            for (Run run : span.runs()) {
                run(link::addNewR, run, true);
            }
        }
    }

    private CTHyperlink hyperlink(CTP paragraph, String url) {
        CTHyperlink link = paragraph.addNewHyperlink();
        link.setId(hyperlinks.id(url));
        return link;
    }

    /** Appends {@code text} without emphasis, in {@code language}: empty for the document's. */
    void plain(CTP paragraph, String text, String language) {
        write(paragraph::addNewR, text, Set.of(), language, false);
    }

    /** Appends a run, cut where its direction changes, each piece with the run's properties. */
    private void run(Supplier<CTR> next, Run run, boolean hyperlink) {
        write(next, run.text(), run.styles(), run.language(), hyperlink);
    }

    private void write(Supplier<CTR> next, String text, Set<Style> styles, String language, boolean hyperlink) {
        boolean marked = hyperlink || !styles.isEmpty() || !language.isEmpty();
        for (DirectionalText piece : DirectionalText.of(text)) {
            CTR r = next.get();
            if (marked || piece.rightToLeft() || fonts.named(piece.text()) != null) {
                CTRPr properties = r.addNewRPr();
                if (hyperlink) {
                    properties.addNewRStyle().setVal(StyleSheet.HYPERLINK);
                }
                boolean named = name(properties, piece.text());
                if (styles.contains(Style.BOLD)) {
                    properties.addNewB();
                    properties.addNewBCs();
                }
                if (styles.contains(Style.ITALIC)) {
                    properties.addNewI();
                    properties.addNewICs();
                }
                // In a hyperlink too: its style underlines every link, and only this says the text itself is
                // underlined, which DocxBulletinReader needs to give the same text back.
                if (styles.contains(Style.UNDERLINE)) {
                    properties.addNewU().setVal(STUnderline.SINGLE);
                }
                direction(properties, piece);
                language(properties, language);
                if (!marked && !named && !piece.rightToLeft()) {
                    r.unsetRPr();
                }
            }
            text(r, piece.text());
        }
    }

    private boolean name(CTRPr properties, String text) {
        ScriptFonts.Named named = fonts.named(text);
        if (named == null) {
            return false;
        }
        CTFonts rFonts = properties.addNewRFonts();
        if (named.complex() != null) {
            rFonts.setCs(named.complex());
        }
        if (named.eastAsian() != null) {
            rFonts.setEastAsia(named.eastAsian());
        }
        return true;
    }

    private static void direction(CTRPr properties, DirectionalText piece) {
        if (piece.rightToLeft()) {
            properties.addNewRtl();
        }
    }

    /**
     * Marks a run as in {@code language}, when it is not empty; last in its properties, where the schema puts
     * {@code w:lang} after the emphasis.
     */
    private void language(CTRPr properties, String language) {
        if (!language.isEmpty()) {
            CTLanguage lang = properties.addNewLang();
            switch (LanguageAttribute.of(language)) {
                case VAL -> lang.setVal(language);
                case EAST_ASIA -> lang.setEastAsia(language);
                case BIDI -> lang.setBidi(language);
            }
            languages.add(language);
        }
    }

    /** Writes {@code text} into a run; a newline or tab in a w:t is not a break or a tab in Word, so splits there. */
    static void text(CTR r, String text) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t') {
                if (i > start) {
                    t(r, text.substring(start, i));
                }
                if (c == '\n') {
                    r.addNewBr();
                } else {
                    r.addNewTab();
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            t(r, start == 0 ? text : text.substring(start));
        }
    }

    private static void t(CTR r, String text) {
        CTText t = r.addNewT();
        t.setStringValue(text);
        // Without xml:space="preserve", Word drops spaces at the ends of the text and may collapse runs of them.
        if (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ' || text.contains("  ")) {
            t.setSpace(SpaceAttribute.Space.PRESERVE);
        }
    }
}
