package io.github.bulletinkit.odt;

import io.github.bulletinkit.layout.Direction;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The automatic styles of {@code content.xml}, made as the body asks for them and written before it: a text
 * style for each mix of emphasis, language and named parent that runs need ({@code T1}, ...), and a paragraph
 * style for each named style whose space above or below, or direction, a paragraph changes ({@code P1}, ...). The body is
 * written first, into a buffer, for its styles are known only once it is. Belongs to one render.
 */
final class AutomaticStyles {

    /** A run's look: bold, italic, underline, its language (empty for the paragraph's), its named parent. */
    record Text(boolean bold, boolean italic, boolean underline, String language, String parent) {
    }

    /**
     * A paragraph's look beyond its named style (its encoded name): its space above and below, in points, and the
     * direction it runs in; each null where the named style's holds.
     */
    record ParagraphLook(String parent, String above, String below, Direction direction) {

        /** Only the space above and below. */
        ParagraphLook(String parent, String above, String below) {
            this(parent, above, below, null);
        }
    }

    private final Map<Text, String> texts = new LinkedHashMap<>();
    private final Map<ParagraphLook, String> paragraphs = new LinkedHashMap<>();
    private final Set<String> languages = new LinkedHashSet<>();

    /** The name of the automatic style of {@code text}. */
    String text(Text text) {
        if (!text.language().isEmpty()) {
            languages.add(text.language());
        }
        return texts.computeIfAbsent(text, key -> "T" + (texts.size() + 1));
    }

    /** The name of the automatic style of {@code look}. */
    String paragraph(ParagraphLook look) {
        return paragraphs.computeIfAbsent(look, key -> "P" + (paragraphs.size() + 1));
    }

    /** The languages runs were marked with, each once, in the order first asked for. */
    List<String> languages() {
        return List.copyOf(languages);
    }

    /** Writes the styles into {@code office:automatic-styles}, which is open. */
    void write(XmlOut xml) {
        paragraphs.forEach((look, name) -> {
            xml.start("style:style").attribute("style:name", name).attribute("style:family", "paragraph")
                    .attribute("style:parent-style-name", look.parent());
            xml.empty("style:paragraph-properties");
            if (look.above() != null) {
                xml.attribute("fo:margin-top", look.above());
            }
            if (look.below() != null) {
                xml.attribute("fo:margin-bottom", look.below());
            }
            if (look.direction() != null) {
                xml.attribute("fo:text-align", OdtStyles.alignment(look.direction()))
                        .attribute("style:writing-mode", OdtStyles.writingMode(look.direction()));
            }
            xml.end();
        });
        texts.forEach((text, name) -> {
            xml.start("style:style").attribute("style:name", name).attribute("style:family", "text");
            if (!text.parent().isEmpty()) {
                xml.attribute("style:parent-style-name", text.parent());
            }
            xml.empty("style:text-properties");
            if (text.bold()) {
                xml.attribute("fo:font-weight", "bold").attribute("style:font-weight-asian", "bold")
                        .attribute("style:font-weight-complex", "bold");
            }
            if (text.italic()) {
                xml.attribute("fo:font-style", "italic").attribute("style:font-style-asian", "italic")
                        .attribute("style:font-style-complex", "italic");
            }
            if (text.underline()) {
                xml.attribute("style:text-underline-style", "solid").attribute("style:text-underline-width", "auto")
                        .attribute("style:text-underline-color", "font-color");
            }
            if (!text.language().isEmpty()) {
                OdtLanguage.write(xml, text.language());
            }
            xml.end();
        });
    }
}
