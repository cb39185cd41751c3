package io.github.bulletinkit.docx;

import io.github.bulletinkit.layout.DocumentInfo;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.layout.QrCode;
import io.github.bulletinkit.model.Label;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The parts of the package around the body, made by POI, which knows how each is written and related: the
 * styles and settings, the core, application and custom properties, the relationships, the logo's
 * and the QR codes' images, the footer, the Word template's headers, footers and theme, and the content types
 * of them all. They are made before the body, from {@link BodySurvey}'s findings, in the order the body once
 * made them, so that every relationship has the id it had: the body refers to them. Their package has an empty
 * body, which the renderer replaces with the one it streams; the styles and settings parts are replaced with
 * those the renderer keeps written, and the main document's relationships with POI's and the hyperlinks',
 * written as they are zipped. The rest are a few kilobytes, and the images.
 *
 * @param zip the package POI wrote, with an empty body, empty styles and its own settings
 * @param styles the styles part, BulletinKit's or merged with a Word template's, written once a renderer
 * @param settings the settings part, written once a renderer
 * @param relationships the main document's relationships, the hyperlinks' among them
 * @param pictures the body's pictures, with their images' relationships
 * @param section the section's properties, which the body ends with
 */
record WordParts(byte[] zip, byte[] styles, byte[] settings, DocumentRelationships relationships,
        Pictures pictures, CTSectPr section) {

    private static final String DOCUMENT = "word/document.xml";

    private static final Map<String, String> PREFIXES = Map.of(WordXml.W, "w", WordXml.R, "r");

    /**
     * The parts of {@code plan}'s document.
     *
     * @param labels the labels the bulletin overrides, kept in the custom properties
     * @param letterhead the Word template's letterhead, or null for none
     */
    static WordParts of(LayoutPlan plan, BodySurvey survey, StyleSheet styleSheet, Map<Label, String> labels,
            Letterhead letterhead, PageSetup pageSetup) throws IOException {
        XWPFDocument document = new XWPFDocument();
        try {
            DocumentInfo info = plan.document();
            DocumentShape shape = DocumentShape.of(plan);
            // Made here, as the body once made it, so that the relationships keep their ids; empty, for ours, written
            // once a renderer, take its place in the package.
            document.createStyles();
            byte[] styles = letterhead == null ? null : letterhead.stylesPart(shape + " " + info.language(),
                    styleSheet.stylesXml(info.language(), shape));
            if (styles == null) {
                styles = styleSheet.stylesPart(info.language(), shape);
            }
            byte[] settings = styleSheet.settingsPart(info.language(), shape,
                    letterhead != null && letterhead.evenAndOdd());
            DocumentProperties.write(document, info);
            String logo = null;
            if (plan.logo().isPresent()) {
                boolean png = plan.logo().get().logo().mediaType().equals("image/png");
                logo = document.addPictureData(plan.logo().get().logo().image(),
                        png ? PictureType.PNG : PictureType.JPEG);
            }
            Map<QrCode, String> codes = new LinkedHashMap<>();
            for (QrCode code : survey.codes()) {
                codes.put(code, document.addPictureData(QrPicture.png(code), PictureType.PNG));
            }
            CTSectPr section = pageSetup.write(document);
            new BulletinProperties(labels, survey.languages()).write(document);
            DocumentRelationships relationships = new DocumentRelationships(document.getPackagePart(),
                    survey.hyperlinks());
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            document.write(written);
            return new WordParts(written.toByteArray(), styles, settings, relationships, new Pictures(logo, codes),
                    section);
        } catch (InvalidFormatException e) {
            throw new IOException("POI cannot take a picture: " + e.getMessage(), e);
        } finally {
            // Not close(): a package made in memory zips itself all over again on close(), into a buffer that
            // nobody reads. revert() lets it go without writing.
            document.getPackage().revert();
        }
    }

    /**
     * The parts written in place of POI's: the body, which {@code body} streams, the styles, the settings and the
     * main document's relationships.
     */
    Map<String, ReproducibleZip.Part> written(ReproducibleZip.Part body) {
        return Map.of(DOCUMENT, body, "word/styles.xml", out -> out.write(styles), "word/settings.xml",
                out -> out.write(settings), DocumentRelationships.NAME, relationships::write);
    }

    /** Writes the section's properties, as POI made them, into the body. */
    void section(WordStream xml) {
        try (XmlCursor cursor = section.newCursor()) {
            int depth = 0;
            do {
                if (cursor.isStart()) {
                    depth++;
                    xml.start(name(cursor.getName()));
                } else if (cursor.isAttr()) {
                    xml.attribute(name(cursor.getName()), cursor.getTextValue());
                } else if (cursor.isText()) {
                    xml.text(cursor.getChars());
                } else if (cursor.isEnd()) {
                    xml.end();
                    depth--;
                }
                // Namespace declarations are the root's.
            } while (depth > 0 && !cursor.toNextToken().isNone());
        }
    }

    private static String name(QName name) {
        String prefix = PREFIXES.get(name.getNamespaceURI());
        if (prefix == null) {
            throw new IllegalStateException("unexpected " + name + " in the section's properties");
        }
        return prefix + ":" + name.getLocalPart();
    }
}
