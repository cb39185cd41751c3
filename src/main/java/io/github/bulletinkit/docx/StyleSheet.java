package io.github.bulletinkit.docx;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.layout.Direction;
import io.github.bulletinkit.layout.Role;
import io.github.bulletinkit.layout.Styles;
import io.github.bulletinkit.layout.TextStyle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The named styles and the settings of every document, read from {@code styles.xml} and {@code settings.xml}
 * beside this class. The templates are filled in once per renderer with the options' sizes and colours, for
 * each {@link DocumentShape}, and with the bulletin's language when a document is in another language than the
 * one before. Thread-safe: what it keeps is only read once made, and two threads that parse at once make equal
 * parts.
 */
final class StyleSheet {

    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String INTRODUCTION = "Introduction";
    static final String CONTENTS_HEADING = "TOCHeading";
    static final String CONTENTS_ITEM = "TOC1";
    static final String SECTION_HEADING = "Heading2";
    static final String CLOSING = "Closing";
    static final String DETAILS = "EntryDetails";
    static final String SUMMARY = "EntrySummary";
    static final String LINK = "EntryLink";
    static final String TABLE_HEADING = "TableHeading";
    static final String FOOTER = "Footer";
    static final String HYPERLINK = "Hyperlink";
    static final String LINK_PREFIX = "EntryLinkPrefix";
    static final String ADDRESS = "EntryAddress";

    static final String PUBLISHER = "Publisher";

    /**
     * The paragraph style of a role; an entry's topic has the heading style of its row's level instead, see
     * {@link #heading(int)}.
     */
    static String of(Role role) {
        return switch (role) {
            case LOGO, TITLE -> TITLE;
            case SUBTITLE -> SUBTITLE;
            case PUBLISHER -> PUBLISHER;
            case INTRODUCTION -> INTRODUCTION;
            case CONTENTS_HEADING -> CONTENTS_HEADING;
            case CONTENTS_ITEM -> CONTENTS_ITEM;
            case SECTION_HEADING -> SECTION_HEADING;
            case COLUMN_HEADING -> TABLE_HEADING;
            case TOPIC -> throw new IllegalArgumentException("a topic's style is the heading of its row's level");
            case SOURCE, PUBLISHED -> DETAILS;
            case SUMMARY -> SUMMARY;
            case LINK -> LINK;
            case CLOSING -> CLOSING;
            case ADDRESS -> ADDRESS;
            case FOOTER -> FOOTER;
        };
    }

    /** Word's heading style of an outline level, from 1: {@code Heading2} for a topic without sections. */
    static String heading(int level) {
        return "Heading" + level;
    }

    private static final String LANGUAGE = "{{language}}";
    private static final String BIDI = "{{bidi}}";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(size|colour|before|after|line):([A-Z_]+)}}");
    private static final Pattern PRINT_ONLY = Pattern.compile("\\s*<!-- print:.*?<!-- /print -->", Pattern.DOTALL);
    private static final Pattern BLOCK = Pattern.compile("\\s*<!-- (prose|sections):.*?<!-- /\\1 -->", Pattern.DOTALL);
    private static final String STYLES = resource("styles.xml");
    private static final String SETTINGS = resource("settings.xml");

    private final Map<DocumentShape, String> styles = new EnumMap<>(DocumentShape.class);
    // The parts written for the language of the latest document of each shape, kept because parsing and writing
    // them costs more than laying out a whole bulletin of ten entries. Most runs render bulletins of one
    // language, so one a shape is enough.
    private final Map<DocumentShape, Parts> parts = new ConcurrentHashMap<>();

    /**
     * The styles and settings parts for one language, as POI writes them, the settings with and without
     * {@code w:evenAndOddHeaders}; only ever read once made.
     */
    private record Parts(String language, byte[] styles, byte[] settings, byte[] evenAndOddSettings) {
    }

    StyleSheet(RenderOptions options) {
        // The styles of paper alone are left out of other documents, which stay as they were before paper.
        String template = options.forPrint() ? STYLES : PRINT_ONLY.matcher(STYLES).replaceAll("");
        for (DocumentShape shape : DocumentShape.values()) {
            styles.put(shape, filled(template, shape, options));
        }
    }

    /** The template with the blocks of {@code shape} alone, its placeholders filled in. */
    private static String filled(String template, DocumentShape shape, RenderOptions options) {
        Styles styles = Styles.of(options);
        Matcher block = BLOCK.matcher(template);
        String shaped = block.replaceAll(found -> shape.has(found.group(1)) ? Matcher.quoteReplacement(found.group())
                : "");
        Matcher placeholder = PLACEHOLDER.matcher(shaped);
        StringBuilder filled = new StringBuilder(shaped.length());
        while (placeholder.find()) {
            TextStyle style = styles.of(Role.valueOf(placeholder.group(2)));
            String value = switch (placeholder.group(1)) {
                // Word measures font sizes in half-points, and spacing in twentieths of a point.
                case "size" -> Long.toString(Math.round(style.size() * 2));
                case "colour" -> style.colour().hex();
                case "before" -> Long.toString(Twips.of(style.spaceBefore()));
                case "after" -> Long.toString(Twips.of(style.spaceAfter()));
                case "line" -> Long.toString(Twips.of(style.lineHeight()));
                default -> throw new IllegalStateException("unknown placeholder " + placeholder.group());
            };
            placeholder.appendReplacement(filled, value);
        }
        placeholder.appendTail(filled);
        int topic = shape.topicLevel();
        return filled.toString()
                .replace("{{font}}", escaped(styles.fontFamilies().get(0)))
                .replace("{{link-colour}}", options.theme().link().hex())
                .replace("{{topic-style}}", heading(topic))
                .replace("{{topic-name}}", "heading " + topic)
                // Word counts outline levels from 0.
                .replace("{{topic-outline}}", Integer.toString(topic - 1));
    }

    // A family's name goes into an attribute.
    private static String escaped(String name) {
        return name.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    /**
     * The styles part of a document in {@code language}, which goes into the XML as it is (the model admits only
     * BCP 47 tags, letters, digits and hyphens), as POI writes it.
     */
    byte[] stylesPart(String language, DocumentShape shape) {
        return parts(language, shape).styles();
    }

    /**
     * The settings part of a document in {@code language}, as POI writes it; with {@code w:evenAndOddHeaders}
     * when a Word template's even pages have headers and footers of their own.
     */
    byte[] settingsPart(String language, DocumentShape shape, boolean evenAndOdd) {
        Parts made = parts(language, shape);
        return evenAndOdd ? made.evenAndOddSettings() : made.settings();
    }

    /** The styles XML of {@link #stylesPart}, before it is parsed, for a Word template's styles to merge with. */
    String stylesXml(String language, DocumentShape shape) {
        return styles.get(shape).replace(LANGUAGE, language);
    }

    private Parts parts(String language, DocumentShape shape) {
        Parts latest = parts.get(shape);
        if (latest == null || !latest.language().equals(language)) {
            XmlOptions load = new XmlOptions().setLoadStripComments().setLoadStripWhitespace();
            try {
                // A right-to-left language's paragraphs run right to left unless they say otherwise.
                String bidi = Direction.of(language) == Direction.RIGHT_TO_LEFT ? "<w:bidi/>" : "";
                CTStyles styleTree = StylesDocument.Factory.parse(styles.get(shape).replace(LANGUAGE, language)
                        .replace(BIDI, bidi), load).getStyles();
                CTSettings settings = SettingsDocument.Factory.parse(SETTINGS.replace(LANGUAGE, language), load)
                        .getSettings();
                byte[] plain = written(settings, "settings");
                settings.addNewEvenAndOddHeaders();
                latest = new Parts(language, written(styleTree, "styles"), plain, written(settings, "settings"));
            } catch (XmlException e) {
                throw new IllegalStateException("the style templates of the DOCX renderer are broken", e);
            }
            parts.put(shape, latest);
        }
        return latest;
    }

    /** A part's tree written as POI writes it, its root element {@code w:root}. */
    static byte[] written(XmlObject tree, String root) {
        XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        options.setSaveSyntheticDocumentElement(new QName(WordXml.W, root));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            tree.save(out, options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write XML in memory", e);
        }
        return out.toByteArray();
    }

    private static String resource(String name) {
        try (InputStream in = StyleSheet.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
