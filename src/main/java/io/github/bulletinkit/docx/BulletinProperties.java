package io.github.bulletinkit.docx;

import static io.github.bulletinkit.docx.WordXml.children;

import io.github.bulletinkit.model.Label;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What a bulletin's text cannot say for itself, kept as custom document properties (File, Properties, Custom in
 * Word), which Word and LibreOffice keep when they save: the labels the bulletin overrides
 * ({@code BulletinKit labels.source}, named as in the JSON format), and the languages its runs are marked with
 * ({@code BulletinKit languages}). Editors rewrite a language without a region as one with the region they think
 * likely, LibreOffice {@code en} as {@code en-US}; the list lets the reader give back the bulletin's own tags.
 * A bulletin that overrides no label and marks no run has none, so its document stays as it was.
 *
 * @param labels the labels the bulletin overrides; empty for none
 * @param languages the languages its runs are marked with, each once; empty for none
 */
record BulletinProperties(Map<Label, String> labels, List<String> languages) {

    static final BulletinProperties NONE = new BulletinProperties(Map.of(), List.of());

    private static final String LANGUAGES = "BulletinKit languages";
    private static final String LABEL = "BulletinKit labels.";

    BulletinProperties {
        labels = Map.copyOf(labels);
        languages = List.copyOf(languages);
    }

    /** Adds the properties to the document; none when there is nothing to keep. */
    void write(XWPFDocument document) {
        POIXMLProperties.CustomProperties custom = document.getProperties().getCustomProperties();
        // In the labels' order, so that the same bulletin gives the same bytes.
        for (Label label : Label.values()) {
            if (labels.containsKey(label)) {
                custom.addProperty(LABEL + label.key(), labels.get(label));
            }
        }
        if (!languages.isEmpty()) {
            custom.addProperty(LANGUAGES, String.join(" ", languages));
        }
    }

    /** The properties in a package's custom properties part; those of other programs are passed over. */
    static BulletinProperties read(Document part) {
        Map<Label, String> labels = new EnumMap<>(Label.class);
        List<String> languages = List.of();
        for (Element property : children(part.getDocumentElement())) {
            String name = property.getAttribute("name");
            String value = property.getTextContent();
            if (name.equals(LANGUAGES)) {
                languages = Arrays.stream(value.strip().split("\\s+")).filter(tag -> !tag.isEmpty()).toList();
            }
            for (Label label : Label.values()) {
                if (name.equals(LABEL + label.key())) {
                    labels.put(label, value);
                }
            }
        }
        return new BulletinProperties(labels, languages);
    }

    /** Where the model's problem with a label at {@code path} ({@code labels.source}) was read. */
    static String place(String path) {
        return "document properties, BulletinKit " + path;
    }
}
