package io.github.bulletinkit.docx;

import static io.github.bulletinkit.docx.WordXml.attribute;
import static io.github.bulletinkit.docx.WordXml.child;
import static io.github.bulletinkit.docx.WordXml.children;

import io.github.bulletinkit.layout.Role;
import io.github.bulletinkit.model.Style;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What a document's styles mean to a bulletin: the emphasis each character style gives its text, which one marks
 * a link's prefix, and the part of a bulletin that a paragraph style outside the tables is for (a cell's
 * paragraphs are known by their place in it). A style is known by its id or by its name without spaces, since
 * Word localises the one and LibreOffice rewrites the other.
 */
final class StyleRoles {

    static final StyleRoles NONE = new StyleRoles(Map.of(), Map.of(), "");

    /**
     * The paragraph styles outside the tables, by id or name without spaces, lower case: ours, Word's names for
     * them and LibreOffice's.
     */
    private static final Map<String, Role> PARAGRAPH_ROLES = Map.ofEntries(
            Map.entry("title", Role.TITLE), Map.entry("subtitle", Role.SUBTITLE),
            Map.entry("publisher", Role.PUBLISHER), Map.entry("introduction", Role.INTRODUCTION),
            Map.entry("tocheading", Role.CONTENTS_HEADING), Map.entry("contentsheading", Role.CONTENTS_HEADING),
            Map.entry("toc1", Role.CONTENTS_ITEM), Map.entry("contents1", Role.CONTENTS_ITEM),
            Map.entry("heading2", Role.SECTION_HEADING));

    /** A character style: the emphasis it sets or clears (null: inherited), and the style it is based on. */
    private record CharacterStyle(String key, String basedOn, Boolean bold, Boolean italic, Boolean underline) {
    }

    private static final int DEEPEST_BASED_ON = 16;

    private final Map<String, CharacterStyle> styles;
    /** The names of the paragraph styles, by id. */
    private final Map<String, String> paragraphNames;
    private final String language;

    private StyleRoles(Map<String, CharacterStyle> styles, Map<String, String> paragraphNames, String language) {
        this.styles = styles;
        this.paragraphNames = paragraphNames;
        this.language = language;
    }

    static StyleRoles of(Document stylesPart) {
        Map<String, CharacterStyle> styles = new HashMap<>();
        Map<String, String> paragraphNames = new HashMap<>();
        String language = "";
        for (Element element : children(stylesPart.getDocumentElement())) {
            if (WordXml.is(element, "style") && attribute(element, "type").equals("paragraph")) {
                Element name = child(element, "name");
                paragraphNames.put(attribute(element, "styleId"), name == null ? "" : attribute(name, "val"));
            } else if (WordXml.is(element, "style") && attribute(element, "type").equals("character")) {
                Element name = child(element, "name");
                Element basedOn = child(element, "basedOn");
                Element rPr = child(element, "rPr");
                styles.put(attribute(element, "styleId"), new CharacterStyle(
                        key(attribute(element, "styleId"), name == null ? "" : attribute(name, "val")),
                        basedOn == null ? "" : attribute(basedOn, "val"),
                        toggle(rPr, "b"), toggle(rPr, "i"), underline(rPr)));
            } else if (WordXml.is(element, "docDefaults")) {
                language = defaultLanguage(element);
            }
        }
        return new StyleRoles(Map.copyOf(styles), Map.copyOf(paragraphNames), language);
    }

    /**
     * The part of a bulletin that the paragraph style {@code id} is for, outside the tables: {@link Role#TITLE},
     * {@link Role#SUBTITLE}, {@link Role#PUBLISHER}, {@link Role#INTRODUCTION}, {@link Role#CONTENTS_HEADING},
     * {@link Role#CONTENTS_ITEM} or {@link Role#SECTION_HEADING}; empty for another style.
     */
    Optional<Role> paragraphRole(String id) {
        Role byId = PARAGRAPH_ROLES.get(normalised(id));
        return Optional.ofNullable(byId != null ? byId
                : PARAGRAPH_ROLES.get(normalised(paragraphNames.getOrDefault(id, ""))));
    }

    /** The language that the document's text is in by default, or empty. */
    String language() {
        return language;
    }

    /** Whether the character style {@code id} marks a link's prefix. */
    boolean isLinkPrefix(String id) {
        CharacterStyle style = styles.get(id);
        return id.equals(StyleSheet.LINK_PREFIX) || style != null && style.key().contains("entrylinkprefix");
    }

    /** Whether the character style {@code id} is the one for hyperlinks ({@code Internet Link} in LibreOffice). */
    boolean isHyperlink(String id) {
        CharacterStyle style = styles.get(id);
        String key = style != null ? style.key() : id.toLowerCase(Locale.ROOT);
        return key.contains("hyperlink") || key.contains("internetlink");
    }

    /**
     * The emphasis that the character style {@code id} gives; inside a hyperlink, not its underline, which every
     * hyperlink style has.
     */
    private Set<Style> emphasis(String id, boolean inHyperlink) {
        Boolean bold = null;
        Boolean italic = null;
        Boolean underline = null;
        CharacterStyle style = styles.get(id);
        for (int depth = 0; style != null && depth < DEEPEST_BASED_ON; depth++) {
            bold = bold != null ? bold : style.bold();
            italic = italic != null ? italic : style.italic();
            underline = underline != null ? underline : style.underline();
            style = styles.get(style.basedOn());
        }
        Set<Style> emphasis = EnumSet.noneOf(Style.class);
        if (Boolean.TRUE.equals(bold)) {
            emphasis.add(Style.BOLD);
        }
        if (Boolean.TRUE.equals(italic)) {
            emphasis.add(Style.ITALIC);
        }
        if (Boolean.TRUE.equals(underline) && !inHyperlink) {
            emphasis.add(Style.UNDERLINE);
        }
        return emphasis;
    }

    /** The emphasis of a run: its character style's, then its own ({@code rPr}, or null), which wins. */
    Set<Style> emphasis(Element rPr, String style, boolean inHyperlink) {
        Set<Style> emphasis = emphasis(style, inHyperlink);
        set(emphasis, Style.BOLD, toggle(rPr, "b"));
        set(emphasis, Style.ITALIC, toggle(rPr, "i"));
        set(emphasis, Style.UNDERLINE, underline(rPr));
        return emphasis;
    }

    private static void set(Set<Style> emphasis, Style style, Boolean on) {
        if (Boolean.TRUE.equals(on)) {
            emphasis.add(style);
        } else if (Boolean.FALSE.equals(on)) {
            emphasis.remove(style);
        }
    }

    /** The toggle {@code name} in {@code rPr}: true, false, or null when it is not there. */
    private static Boolean toggle(Element rPr, String name) {
        Element toggle = rPr == null ? null : child(rPr, name);
        return toggle == null ? null : WordXml.on(toggle);
    }

    /** Underlined unless {@code w:u} says {@code none}; null when there is no {@code w:u}. */
    private static Boolean underline(Element rPr) {
        Element u = rPr == null ? null : child(rPr, "u");
        return u == null ? null : !attribute(u, "val").equals("none");
    }

    private static String key(String id, String name) {
        return normalised(id + "|" + name);
    }

    private static String normalised(String name) {
        return name.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static String defaultLanguage(Element docDefaults) {
        Element rPrDefault = child(docDefaults, "rPrDefault");
        Element rPr = rPrDefault == null ? null : child(rPrDefault, "rPr");
        Element lang = rPr == null ? null : child(rPr, "lang");
        return lang == null ? "" : attribute(lang, "val");
    }
}
