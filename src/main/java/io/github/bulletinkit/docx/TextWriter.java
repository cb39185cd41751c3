package io.github.bulletinkit.docx;

import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.Span;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import java.util.Set;

/**
 * Writes text into paragraphs: runs with their emphasis, their language where it is not the document's, inline
 * hyperlinks, line breaks and tabs. The elements of a run's properties go in the order the schema gives them.
 * Belongs to one render; not thread-safe.
 */
final class TextWriter {

    private final Hyperlinks hyperlinks;
    private final ScriptFonts fonts;

    TextWriter(Hyperlinks hyperlinks, ScriptFonts fonts) {
        this.hyperlinks = hyperlinks;
        this.fonts = fonts;
    }

    /** Opens a paragraph in the style {@code styleId}, with no other properties. */
    static void styled(WordStream xml, String styleId) {
        xml.start("w:p").start("w:pPr").value("w:pStyle", styleId).end();
    }

    /** Appends {@code text} without emphasis. */
    static void plain(WordStream xml, String text) {
        xml.start("w:r");
        text(xml, text);
        xml.end();
    }

    /** Appends a block's spans: plain runs with their emphasis, and each link span one hyperlink. */
    void block(WordStream xml, Block block) {
        for (Span span : block.spans()) {
            if (span.isLink()) {
                xml.start("w:hyperlink").attribute("r:id", hyperlinks.id(span.url()));
                for (Run run : span.runs()) {
                    write(xml, run.text(), run.styles(), run.language(), true);
                }
                xml.end();
            } else if (span.prefix()) {
                // A style of its own marks where the prefix ends, which the text alone does not when there is no
                // address, so that a document can be read back.
                for (Run run : span.runs()) {
                    for (DirectionalText piece : DirectionalText.of(run.text())) {
                        xml.start("w:r").start("w:rPr").value("w:rStyle", StyleSheet.LINK_PREFIX);
                        ScriptFonts.Named named = fonts.named(piece.text());
                        if (named != null) {
                            named.write(xml);
                        }
                        direction(xml, piece);
                        language(xml, run.language());
                        xml.end();
                        text(xml, piece.text());
                        xml.end();
                    }
                }
            } else {
                for (Run run : span.runs()) {
                    write(xml, run.text(), run.styles(), run.language(), false);
                }
            }
        }
    }

    /**
     * Appends a block's text as one link to {@code anchor}, a bookmark in the document; internal links have no
     * relationship, so a reader that follows only those leaves them be.
     */
    void internalLink(WordStream xml, Block block, String anchor) {
        xml.start("w:hyperlink").attribute("w:anchor", anchor);
        for (Span span : block.spans()) {
            for (Run run : span.runs()) {
                write(xml, run.text(), run.styles(), run.language(), true);
            }
        }
        xml.end();
    }

    /** Appends {@code text} without emphasis, in {@code language}: empty for the document's. */
    void plain(WordStream xml, String text, String language) {
        write(xml, text, Set.of(), language, false);
    }

    /** Appends a run, cut where its direction changes, each piece with the run's properties. */
    private void write(WordStream xml, String text, Set<Style> styles, String language, boolean hyperlink) {
        boolean marked = hyperlink || !styles.isEmpty() || !language.isEmpty();
        for (DirectionalText piece : DirectionalText.of(text)) {
            xml.start("w:r");
            ScriptFonts.Named named = fonts.named(piece.text());
            if (marked || named != null || piece.rightToLeft()) {
                xml.start("w:rPr");
                if (hyperlink) {
                    xml.value("w:rStyle", StyleSheet.HYPERLINK);
                }
                if (named != null) {
                    named.write(xml);
                }
                if (styles.contains(Style.BOLD)) {
                    xml.empty("w:b").empty("w:bCs");
                }
                if (styles.contains(Style.ITALIC)) {
                    xml.empty("w:i").empty("w:iCs");
                }
                // In a hyperlink too: its style underlines every link, and only this says the text itself is
                // underlined, which DocxBulletinReader needs to give the same text back.
                if (styles.contains(Style.UNDERLINE)) {
                    xml.value("w:u", "single");
                }
                direction(xml, piece);
                language(xml, language);
                xml.end();
            }
            text(xml, piece.text());
            xml.end();
        }
    }

    private static void direction(WordStream xml, DirectionalText piece) {
        if (piece.rightToLeft()) {
            xml.empty("w:rtl");
        }
    }

    /** Marks a run as in {@code language}, when it is not empty; last in its properties, as the schema says. */
    private static void language(WordStream xml, String language) {
        if (!language.isEmpty()) {
            LanguageAttribute.write(xml, language);
        }
    }

    /** Writes {@code text} into a run; a newline or tab in a w:t is not a break or a tab in Word, so splits there. */
    static void text(WordStream xml, String text) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t') {
                if (i > start) {
                    t(xml, text.substring(start, i));
                }
                xml.empty(c == '\n' ? "w:br" : "w:tab");
                start = i + 1;
            }
        }
        if (start < text.length()) {
            t(xml, start == 0 ? text : text.substring(start));
        }
    }

    private static void t(WordStream xml, String text) {
        xml.start("w:t");
        // Without xml:space="preserve", Word drops spaces at the ends of the text and may collapse runs of them.
        if (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ' || text.contains("  ")) {
            xml.attribute("xml:space", "preserve");
        }
        xml.text(text).end();
    }
}
