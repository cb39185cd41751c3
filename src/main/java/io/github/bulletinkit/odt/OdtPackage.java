package io.github.bulletinkit.odt;

import io.github.bulletinkit.model.Label;
import io.github.bulletinkit.reading.ReadProblems;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What the reader takes from an OpenDocument package, already checked as a ZIP archive: the body
 * ({@code content.xml}), the styles of both parts, and from {@code meta.xml} the language, the author and the
 * user-defined properties that BulletinKit keeps ({@code BulletinKit labels.source}, ...,
 * {@code BulletinKit languages}). Every part is parsed by {@link OdfXmlReader}, which refuses a DTD.
 *
 * @param content the root of {@code content.xml}
 * @param styles the document's styles
 * @param language the document's language, a BCP 47 tag; null when it names none
 * @param creator the document's first author; empty for none
 * @param labels the labels the bulletin overrides
 * @param declaredLanguages the languages its runs are marked with, as written
 */
record OdtPackage(OdfElement content, OdfStyleSheet styles, String language, String creator,
        Map<Label, String> labels, List<String> declaredLanguages) {

    /** Media types of text documents and their templates; master documents hold their text elsewhere. */
    private static final Set<String> TEXT_TYPES = Set.of(OdfNames.MEDIA_TYPE,
            "application/vnd.oasis.opendocument.text-template");

    /** The package in {@code bytes}; null after reporting why it cannot be read. */
    static OdtPackage open(byte[] bytes, ReadProblems problems) {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (Set.of(OdfNames.MIMETYPE, OdfNames.CONTENT, OdfNames.STYLES, OdfNames.META_PART).contains(name)) {
                    parts.put(name, zip.readAllBytes());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            problems.at("", "is cut short or damaged: its ZIP archive cannot be read (" + e.getMessage()
                    + "); save or copy the document again");
            return null;
        }
        byte[] mimetype = parts.get(OdfNames.MIMETYPE);
        String type = mimetype == null ? "" : new String(mimetype, StandardCharsets.US_ASCII).strip();
        if (!type.isEmpty() && !TEXT_TYPES.contains(type)) {
            problems.at("", "is an OpenDocument file but not a text document: its type is " + type);
            return null;
        }
        if (!parts.containsKey(OdfNames.CONTENT)) {
            problems.at("", "is a ZIP archive but not an OpenDocument text (.odt): it has no content.xml");
            return null;
        }
        OdfElement content = OdfXmlReader.parse(parts.get(OdfNames.CONTENT), OdfNames.CONTENT, problems);
        OdfElement styles = parts.containsKey(OdfNames.STYLES)
                ? OdfXmlReader.parse(parts.get(OdfNames.STYLES), OdfNames.STYLES, problems) : null;
        OdfElement meta = parts.containsKey(OdfNames.META_PART)
                ? OdfXmlReader.parse(parts.get(OdfNames.META_PART), OdfNames.META_PART, problems) : null;
        if (!problems.isEmpty()) {
            return null;
        }
        if (!content.is("office:document-content")) {
            problems.at(OdfNames.CONTENT, "is " + content.name() + ", not an OpenDocument body"
                    + " (office:document-content)");
            return null;
        }
        return of(content, new OdfStyleSheet(styles, content), defaultLanguage(styles),
                meta == null ? null : meta.child("office:meta"));
    }

    private static OdtPackage of(OdfElement content, OdfStyleSheet styles, String defaultLanguage, OdfElement meta) {
        String language = null;
        String creator = "";
        String author = "";
        Map<Label, String> labels = new EnumMap<>(Label.class);
        List<String> languages = List.of();
        for (OdfElement field : meta == null ? List.<OdfElement>of() : meta.elements()) {
            switch (field.name()) {
                case "dc:language" -> language = field.text().strip();
                case "meta:initial-creator" -> creator = field.text().strip();
                case "dc:creator" -> author = field.text().strip();
                case "meta:user-defined" -> {
                    String name = field.attribute("meta:name");
                    if (name.equals(OdtMeta.LANGUAGES)) {
                        languages = Arrays.stream(field.text().strip().split("\\s+")).filter(t -> !t.isEmpty())
                                .toList();
                    }
                    for (Label label : Label.values()) {
                        if (name.equals(OdtMeta.LABEL + label.key())) {
                            labels.put(label, field.text());
                        }
                    }
                }
                default -> {
                    // The program, the dates, the statistics: nothing of the bulletin.
                }
            }
        }
        if (language == null || language.isEmpty()) {
            language = defaultLanguage;
        }
        return new OdtPackage(content, styles, language, creator.isEmpty() ? author : creator, labels, languages);
    }

    /** The language of the default paragraph style; null when it names none. */
    private static String defaultLanguage(OdfElement styles) {
        OdfElement named = styles == null ? null : styles.child("office:styles");
        if (named == null) {
            return null;
        }
        for (OdfElement style : named.elements()) {
            OdfElement text = style.child("style:text-properties");
            if (style.is("style:default-style") && style.attribute("style:family").equals("paragraph")
                    && text != null && !OdtLanguage.read(text.attributes()).isEmpty()) {
                return OdtLanguage.read(text.attributes());
            }
        }
        return null;
    }
}
