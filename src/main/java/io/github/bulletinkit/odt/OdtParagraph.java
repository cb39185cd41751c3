package io.github.bulletinkit.odt;

import io.github.bulletinkit.layout.Role;
import io.github.bulletinkit.model.Style;
import io.github.bulletinkit.reading.Paragraph;
import io.github.bulletinkit.reading.Piece;
import io.github.bulletinkit.reading.ReadProblems;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A paragraph or heading of a document as read: its text in pieces with their emphasis, links and languages (as
 * ODF lays out white space: runs of spaces fold into one, and a paragraph's leading spaces go, but not a
 * {@code text:s}), the role its style says, the descriptions of the pictures it holds, and whether it holds a
 * section's bookmark ({@code section-1}). A picture, a footnote or a link to a place inside the document is noted
 * as what the paragraph holds that a bulletin cannot; so is any other element that holds text. Bookmarks,
 * comments, soft page breaks and the like hold none and are passed over.
 *
 * @param paragraph the text, and what it holds that a bulletin cannot
 * @param role what its named style says it is; null when it says nothing
 * @param pictures the descriptions of its pictures, in order
 * @param sectionBookmark whether it holds a bookmark named as a section's anchor
 */
record OdtParagraph(Paragraph paragraph, Role role, List<String> pictures, boolean sectionBookmark) {

    private static final Pattern SECTION_BOOKMARK = Pattern.compile("section-\\d+");

    /** Reads {@code element}, a {@code text:p} or {@code text:h}, with the document's styles. */
    static OdtParagraph read(OdfElement element, OdfStyleSheet styles) {
        String style = element.attribute("text:style-name");
        Reading reading = new Reading(styles, style);
        OdfStyleSheet.TextLook look = styles.text(List.of(), style);
        reading.inline(element, new Look(look.styles(), look.language(), "", false, "", List.of()));
        return new OdtParagraph(new Paragraph(List.copyOf(reading.pieces), List.copyOf(reading.unsupported)),
                styles.role(element.attribute("text:style-name")).orElse(null), List.copyOf(reading.pictures),
                reading.sectionBookmark);
    }

    String plainText() {
        return paragraph.plainText();
    }

    boolean isBlank() {
        return paragraph.isBlank();
    }

    /** How the text at a place looks: emphasis, language as written, link, whether the prefix, internal anchor. */
    private record Look(Set<Style> styles, String language, String url, boolean prefix, String anchor,
            List<String> spans) {
    }

    /** One paragraph's reading. */
    private static final class Reading {
        private final OdfStyleSheet styles;
        private final String paragraphStyle;
        private final List<Piece> pieces = new ArrayList<>();
        private final List<String> unsupported = new ArrayList<>();
        private final List<String> pictures = new ArrayList<>();
        private boolean sectionBookmark;
        /** Whether a space here would fold into what comes before: at the start, or after a space. */
        private boolean afterSpace = true;

        Reading(OdfStyleSheet styles, String paragraphStyle) {
            this.styles = styles;
            this.paragraphStyle = paragraphStyle;
        }

        void inline(OdfElement element, Look look) {
            for (Object child : element.children()) {
                if (child instanceof String text) {
                    text(text, look);
                } else {
                    element((OdfElement) child, look);
                }
            }
        }

        private void element(OdfElement child, Look look) {
            switch (child.name()) {
                case "text:span" -> {
                    List<String> spans = new ArrayList<>(look.spans().size() + 1);
                    spans.add(child.attribute("text:style-name"));
                    spans.addAll(look.spans());
                    OdfStyleSheet.TextLook text = styles.text(spans, paragraphStyle);
                    inline(child, new Look(text.styles(), text.language(), look.url(), text.prefix(),
                            look.anchor(), spans));
                }
                case "text:a" -> link(child, look);
                case "text:s" -> {
                    int count = 1;
                    try {
                        count = Math.max(1, Math.min(1000, Integer.parseInt(child.attribute("text:c"))));
                    } catch (NumberFormatException e) {
                        // No count, or a damaged one: one space, as ODF says.
                    }
                    add(" ".repeat(count), look);
                    afterSpace = false;
                }
                case "text:tab" -> keep("\t", look);
                case "text:line-break" -> keep("\n", look);
                case "text:bookmark", "text:bookmark-start" -> sectionBookmark |= SECTION_BOOKMARK.matcher(
                        child.attribute("text:name")).matches();
                case "draw:frame" -> picture(child);
                case "text:note" -> unsupported.add("holds a footnote, which a bulletin cannot hold; write it into"
                        + " the text");
                case "text:bookmark-end", "text:soft-page-break", "office:annotation", "office:annotation-end",
                        "text:reference-mark", "text:reference-mark-start", "text:reference-mark-end",
                        "text:alphabetical-index-mark", "text:toc-mark" -> {
                    // Marks and comments: no text of the paragraph's own.
                }
                case "text:meta", "text:ruby", "text:ruby-base" -> inline(child, look);
                default -> {
                    if (!child.text().isBlank()) {
                        unsupported.add("holds " + child.name() + ", which a bulletin cannot hold; remove it");
                    }
                }
            }
        }

        private void link(OdfElement link, Look look) {
            String href = link.attribute("xlink:href");
            if (href.startsWith("#")) {
                // A contents list's item, passed over as a whole; anywhere else a link of a kind a bulletin has not.
                unsupported.add("holds a link to " + ReadProblems.quote(href.substring(1)) + ", a place inside the"
                        + " document; a bulletin's links go to web or mail addresses");
                inline(link, new Look(look.styles(), look.language(), "", look.prefix(), href.substring(1),
                        look.spans()));
            } else {
                inline(link, new Look(look.styles(), look.language(), href, look.prefix(), "", look.spans()));
            }
        }

        private void picture(OdfElement frame) {
            OdfElement title = frame.child("svg:title");
            OdfElement description = frame.child("svg:desc");
            pictures.add(description != null ? description.text() : title != null ? title.text() : "");
            unsupported.add("holds a picture, which a bulletin cannot hold; remove it");
        }

        /** A tab or line break: kept, and a space after it is a space of its own. */
        private void keep(String text, Look look) {
            add(text, look);
            afterSpace = false;
        }

        /** Text as ODF lays it out: white space folded into one space, none at the start. */
        private void text(String text, Look look) {
            StringBuilder folded = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
                if (space) {
                    if (!afterSpace) {
                        folded.append(' ');
                    }
                    afterSpace = true;
                } else {
                    folded.append(c);
                    afterSpace = false;
                }
            }
            if (folded.length() > 0) {
                add(folded.toString(), look);
            }
        }

        private void add(String text, Look look) {
            pieces.add(new Piece(text, look.styles(), look.url(), look.prefix(), look.anchor(), look.language()));
        }
    }

    /** Whether its text, a contents list's item's, links to a place inside the document. */
    boolean isInternalLink() {
        return paragraph.isInternalLink();
    }

    /** The paragraph's problems, each reported at {@code place}. */
    void report(String place, ReadProblems problems) {
        paragraph.unsupported().forEach(message -> problems.at(place, message));
    }
}
