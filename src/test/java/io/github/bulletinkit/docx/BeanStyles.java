package io.github.bulletinkit.docx;

import io.github.bulletinkit.layout.Direction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The styles and settings as the bean-based writer put them in place, as trees that POI wrote: parsed from the
 * same templates, and merged with a Word template's styles, as {@code StyleSheet.install} and
 * {@code Letterhead.installStyles} did.
 */
final class BeanStyles {

    private static final String SETTINGS = settingsTemplate();

    private BeanStyles() {
    }

    /** @param letterhead the Word template's letterhead, or null for none */
    static void install(XWPFDocument document, StyleSheet styleSheet, Letterhead letterhead, String language,
            DocumentShape shape) {
        XmlOptions load = new XmlOptions().setLoadStripComments().setLoadStripWhitespace();
        String bidi = Direction.of(language) == Direction.RIGHT_TO_LEFT ? "<w:bidi/>" : "";
        String ours = styleSheet.stylesXml(language, shape);
        try {
            document.createStyles().setStyles(StylesDocument.Factory.parse(ours.replace("{{bidi}}", bidi), load)
                    .getStyles());
            document.getSettings().getCTSettings().set(SettingsDocument.Factory.parse(
                    SETTINGS.replace("{{language}}", language), load).getSettings());
            if (letterhead != null && letterhead.styles() != null) {
                Document template = DocumentHelper.readDocument(new ByteArrayInputStream(letterhead.styles()));
                TemplateStyles.merge(template, DocumentHelper.readDocument(
                        new ByteArrayInputStream(ours.getBytes(StandardCharsets.UTF_8))));
                document.createStyles().setStyles(StylesDocument.Factory.parse(template,
                        new XmlOptions().setLoadStripWhitespace()).getStyles());
            }
        } catch (XmlException | SAXException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String settingsTemplate() {
        try (InputStream in = StyleSheet.class.getResourceAsStream("settings.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
