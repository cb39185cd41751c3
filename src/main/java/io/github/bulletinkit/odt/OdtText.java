package io.github.bulletinkit.odt;

import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.Span;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;

/**
 * Writes a block's text into the paragraph just started: each link one {@code text:a}, runs with emphasis or a
 * language of their own in a {@code text:span} of an automatic style, a link's prefix in the
 * {@code Entry Link Prefix} style, so that the reader finds where it ends. Belongs to one render.
 */
final class OdtText {

    private static final String HYPERLINK = OdtStyleNames.encoded(OdtStyleNames.HYPERLINK);
    private static final String LINK_PREFIX = OdtStyleNames.encoded(OdtStyleNames.LINK_PREFIX);

    private final XmlOut xml;
    private final AutomaticStyles styles;

    OdtText(XmlOut xml, AutomaticStyles styles) {
        this.xml = xml;
        this.styles = styles;
    }

    /** Writes the spans of {@code block}; the paragraph is open, with nothing in it yet. */
    void block(Block block) {
        boolean afterSpace = true;
        for (Span span : block.spans()) {
            if (span.isLink()) {
                xml.start("text:a").attribute("xlink:type", "simple").attribute("xlink:href", span.url())
                        .attribute("text:style-name", HYPERLINK).attribute("text:visited-style-name", HYPERLINK);
                for (Run run : span.runs()) {
                    afterSpace = run(run, "", afterSpace);
                }
                xml.end();
            } else {
                for (Run run : span.runs()) {
                    afterSpace = run(run, span.prefix() ? LINK_PREFIX : "", afterSpace);
                }
            }
        }
    }

    /** Writes a block's text as one link to {@code anchor}, a bookmark in the document. */
    void internalLink(Block block, String anchor) {
        xml.start("text:a").attribute("xlink:type", "simple").attribute("xlink:href", "#" + anchor)
                .attribute("text:style-name", HYPERLINK).attribute("text:visited-style-name", HYPERLINK);
        boolean afterSpace = true;
        for (Span span : block.spans()) {
            for (Run run : span.runs()) {
                afterSpace = run(run, "", afterSpace);
            }
        }
        xml.end();
    }

    private boolean run(Run run, String parent, boolean afterSpace) {
        boolean styled = !run.styles().isEmpty() || !run.language().isEmpty() || !parent.isEmpty();
        if (styled) {
            String name = parent.isEmpty() || !run.styles().isEmpty() || !run.language().isEmpty()
                    ? styles.text(new AutomaticStyles.Text(run.has(Style.BOLD), run.has(Style.ITALIC),
                            run.has(Style.UNDERLINE), run.language(), parent))
                    : parent;
            xml.start("text:span").attribute("text:style-name", name);
        }
        boolean after = characters(xml, run.text(), afterSpace);
        if (styled) {
            xml.end();
        }
        return after;
    }

    /**
     * Writes {@code text}: a line break as {@code text:line-break}, a tab as {@code text:tab}, and each space that
     * ODF would fold into the one before it, or drop at the start of a paragraph, as {@code text:s}.
     *
     * @param afterSpace whether what comes before is a space, or nothing, in the paragraph
     * @return whether the text ends with a space that a next one would fold into
     */
    static boolean characters(XmlOut xml, String text, boolean afterSpace) {
        boolean after = afterSpace;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean folded = c == ' ' && after;
            if (c == '\n' || c == '\t' || folded) {
                if (i > start) {
                    xml.text(text.substring(start, i));
                }
                xml.empty(c == '\n' ? "text:line-break" : c == '\t' ? "text:tab" : "text:s");
                start = i + 1;
                // A text:s for each space after these too: no reader folds a text:s.
                after = true;
            } else {
                after = c == ' ';
            }
        }
        if (start < text.length()) {
            xml.text(start == 0 ? text : text.substring(start));
        }
        return after;
    }
}
