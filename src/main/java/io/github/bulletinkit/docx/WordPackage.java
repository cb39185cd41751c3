package io.github.bulletinkit.docx;

import io.github.bulletinkit.reading.ReadProblems;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * What the reader takes from a Word package: the main document's XML, its styles, the addresses of its
 * hyperlinks, its core properties and the custom properties that BulletinKit keeps ({@link BulletinProperties}).
 * Every part is parsed by POI's {@link DocumentHelper}, which refuses a {@code DOCTYPE}, so no entity, external or
 * not, is ever resolved.
 */
record WordPackage(Document document, StyleRoles styles, Map<String, String> hyperlinks, String creator,
        String language, BulletinProperties properties) {

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String HYPERLINK = RELATIONSHIPS + "hyperlink";
    private static final String STYLES = RELATIONSHIPS + "styles";
    private static final Set<String> WORD_DOCUMENTS = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
            "application/vnd.ms-word.document.macroEnabled.main+xml",
            "application/vnd.ms-word.template.macroEnabledTemplate.main+xml");

    /** The package in {@code bytes}, a ZIP archive already checked; null after reporting why it is not one. */
    static WordPackage open(byte[] bytes, ReadProblems problems) {
        OPCPackage opened;
        try {
            opened = OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException | InvalidFormatException e) {
            problems.at("", cannotOpen(e));
            return null;
        }
        try {
            return read(opened, problems);
        } catch (IOException | RuntimeException | InvalidFormatException e) {
            problems.at("", cannotOpen(e));
            return null;
        } finally {
            // Not close(): the package was opened for reading only, and close() would write it out again.
            opened.revert();
        }
    }

    private static WordPackage read(OPCPackage opened, ReadProblems problems)
            throws IOException, InvalidFormatException {
        PackageRelationshipCollection main = opened.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart part = main.size() == 0 ? null : opened.getPart(main.getRelationship(0));
        if (part == null) {
            problems.at("", "is a ZIP archive but not a Word document: it has no main document part");
            return null;
        }
        if (!WORD_DOCUMENTS.contains(part.getContentType())) {
            problems.at("", "is an Office document but not a Word document: its main part is "
                    + part.getContentType());
            return null;
        }
        Document document = parse(part);
        Map<String, String> hyperlinks = new HashMap<>();
        for (PackageRelationship link : part.getRelationshipsByType(HYPERLINK)) {
            hyperlinks.put(link.getId(), link.getTargetURI().toString());
        }
        StyleRoles styles = StyleRoles.NONE;
        PackageRelationshipCollection styleParts = part.getRelationshipsByType(STYLES);
        if (styleParts.size() > 0) {
            PackagePart stylePart = part.getRelatedPart(styleParts.getRelationship(0));
            styles = stylePart == null ? StyleRoles.NONE : StyleRoles.of(parse(stylePart));
        }
        PackageProperties core = opened.getPackageProperties();
        return new WordPackage(document, styles, Map.copyOf(hyperlinks), core.getCreatorProperty().orElse(""),
                core.getLanguageProperty().orElse(""), properties(opened));
    }

    private static BulletinProperties properties(OPCPackage opened) throws IOException, InvalidFormatException {
        PackageRelationshipCollection custom = opened.getRelationshipsByType(
                PackageRelationshipTypes.CUSTOM_PROPERTIES);
        PackagePart part = custom.size() == 0 ? null : opened.getPart(custom.getRelationship(0));
        return part == null ? BulletinProperties.NONE : BulletinProperties.read(parse(part));
    }

    private static Document parse(PackagePart part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            return DocumentHelper.readDocument(in);
        } catch (SAXException e) {
            throw new IllegalStateException(part.getPartName().getName() + ": " + e.getMessage(), e);
        }
    }

    /** Why POI could not open or parse the package, in words that say what to do. */
    private static String cannotOpen(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("DOCTYPE")) {
                return "has a part that declares a DOCTYPE, which a Word document never does; it is refused, and no"
                        + " entity it declares is read";
            }
            if (message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return "expands far more than a document does; it looks like a ZIP bomb";
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "cannot be read as a Word document (.docx): " + root.getMessage() + "; save it again from Word";
    }
}
