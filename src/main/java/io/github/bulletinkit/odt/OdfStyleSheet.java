package io.github.bulletinkit.odt;

import io.github.bulletinkit.layout.Role;
import io.github.bulletinkit.model.Style;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The styles of a document as the reader needs them: for a text style, the emphasis, the language and whether it
 * is the link prefix's, each found up its parents; for a paragraph style, the role its named style says, found
 * up its parents too, for LibreOffice gives an edited paragraph an automatic style ({@code P1}) whose parent is
 * the named one. The named styles are {@code styles.xml}'s, the automatic ones {@code content.xml}'s. Immutable.
 */
final class OdfStyleSheet {

    /** What a run's text style gives it. */
    record TextLook(Set<Style> styles, String language, boolean prefix) {
    }

    private record Entry(String parent, String displayName, Map<String, String> text, boolean automatic) {
    }

    private static final TextLook PLAIN = new TextLook(Set.of(), "", false);
    /** Parents are followed at most this far, so that a loop of parents ends. */
    private static final int MAX_PARENTS = 32;

    private final Map<String, Entry> texts = new HashMap<>();
    private final Map<String, Entry> paragraphs = new HashMap<>();
    private final Map<String, TextLook> looks = new HashMap<>();

    /** The styles of {@code styles} ({@code office:document-styles}) and {@code content}; either may be null. */
    OdfStyleSheet(OdfElement styles, OdfElement content) {
        for (OdfElement root : new OdfElement[] {styles, content}) {
            if (root == null) {
                continue;
            }
            for (String group : new String[] {"office:styles", "office:automatic-styles"}) {
                OdfElement list = root.child(group);
                boolean automatic = group.equals("office:automatic-styles");
                if (list != null) {
                    list.elements().stream().filter(e -> e.is("style:style")).forEach(e -> add(e, automatic));
                }
            }
        }
    }

    private void add(OdfElement style, boolean automatic) {
        OdfElement properties = style.child("style:text-properties");
        Entry entry = new Entry(style.attribute("style:parent-style-name"), style.attribute("style:display-name")
                .isEmpty() ? style.attribute("style:name") : style.attribute("style:display-name"),
                properties == null ? Map.of() : properties.attributes(), automatic);
        switch (style.attribute("style:family")) {
            case "text" -> texts.put(style.attribute("style:name"), entry);
            case "paragraph" -> paragraphs.put(style.attribute("style:name"), entry);
            default -> {
                // Tables, cells and pages say nothing of the bulletin.
            }
        }
    }

    /**
     * What the text styles {@code spans} give a run in a paragraph of the style {@code paragraph}: the innermost
     * span's own style, up its parents, then the span around it (LibreOffice splits a style with a named parent
     * into a span of the named style around one of the rest), and what none says, the paragraph's automatic
     * style's: LibreOffice moves what a whole paragraph's runs share, its language or its emphasis, into that
     * style. A named paragraph style's emphasis, a heading's bold, is the style's, not the text's: not read.
     *
     * @param spans the styles of the spans around the run, the innermost first
     */
    TextLook text(List<String> spans, String paragraph) {
        return looks.computeIfAbsent(String.join("\u0000", spans) + "\u0001" + paragraph,
                key -> look(spans, paragraph));
    }

    private TextLook look(List<String> spans, String paragraph) {
        List<Entry> chain = new ArrayList<>();
        for (String span : spans) {
            Entry entry = texts.get(span);
            for (int i = 0; entry != null && i < MAX_PARENTS; i++, entry = texts.get(entry.parent())) {
                chain.add(entry);
            }
        }
        Entry own = paragraphs.get(paragraph);
        if (own != null && own.automatic()) {
            chain.add(new Entry("", "", own.text(), true));
        }
        if (chain.isEmpty()) {
            return PLAIN;
        }
        String bold = null;
        String italic = null;
        String underline = null;
        String language = null;
        boolean prefix = false;
        for (Entry entry : chain) {
            Map<String, String> text = entry.text();
            bold = bold != null ? bold : text.get("fo:font-weight");
            italic = italic != null ? italic : text.get("fo:font-style");
            underline = underline != null ? underline : text.get("style:text-underline-style");
            if (language == null && !OdtLanguage.read(text).isEmpty()) {
                language = OdtLanguage.read(text);
            }
            prefix |= entry.displayName().equals(OdtStyleNames.LINK_PREFIX);
        }
        Set<Style> styles = EnumSet.noneOf(Style.class);
        if (bold != null && (bold.equals("bold") || bold.matches("[6-9]00"))) {
            styles.add(Style.BOLD);
        }
        if (italic != null && (italic.equals("italic") || italic.equals("oblique"))) {
            styles.add(Style.ITALIC);
        }
        if (underline != null && !underline.equals("none")) {
            styles.add(Style.UNDERLINE);
        }
        return new TextLook(Set.copyOf(styles), language == null ? "" : language, prefix);
    }

    /** The role that a paragraph style's named style says; empty when it says none. */
    Optional<Role> role(String name) {
        Entry entry = paragraphs.get(name);
        for (int i = 0; entry != null && i < MAX_PARENTS; i++, entry = paragraphs.get(entry.parent())) {
            Optional<Role> role = OdtStyleNames.role(entry.displayName());
            if (role.isPresent()) {
                return role;
            }
        }
        return Optional.empty();
    }
}
