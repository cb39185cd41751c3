package io.github.bulletinkit.docx;

import static io.github.bulletinkit.docx.Letterhead.RELATIONSHIPS;

import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.reading.ReadProblems;
import io.github.bulletinkit.reading.ZipScan;
import io.github.bulletinkit.theme.WordTemplate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Reads an organisation's Word template into a {@link Letterhead}, or refuses it, with every reason, when it is
 * not a sound Word document: not a ZIP archive, a ZIP bomb, a part that declares a {@code DOCTYPE}, no main
 * document. What a bulletin must never carry is left out and logged as a warning ({@link System.Logger}): macros,
 * custom XML, comments, tracked changes (accepted), an attached template, and pictures fetched from the network.
 */
final class LetterheadReader {

    private static final System.Logger LOG = System.getLogger("io.github.bulletinkit.docx");
    private static final Set<String> WORD_DOCUMENTS = Set.of(Letterhead.WORD + "document.main+xml",
            Letterhead.WORD + "template.main+xml", "application/vnd.ms-word.document.macroEnabled.main+xml",
            "application/vnd.ms-word.template.macroEnabledTemplate.main+xml");
    private static final Set<String> HEADER_TYPES = Set.of("default", "first", "even");

    private final String name;
    private final Set<String> leftOut = new LinkedHashSet<>();
    private final List<String> faint = new ArrayList<>();

    private LetterheadReader(String name) {
        this.name = name;
    }

    /**
     * The letterhead of {@code template}.
     *
     * @throws InvalidBulletinException every reason the template is refused, in the template's name
     */
    static Letterhead read(WordTemplate template) {
        ReadProblems problems = new ReadProblems();
        byte[] bytes = template.bytes();
        if (!ZipScan.check(bytes, WordTemplate.MAX_BYTES, ZipScan.Kind.WORD, problems)) {
            problems.throwIfAny(template.name());
        }
        LetterheadReader reader = new LetterheadReader(template.name());
        Letterhead letterhead = null;
        OPCPackage opened = null;
        try {
            opened = OPCPackage.open(new ByteArrayInputStream(bytes));
            letterhead = reader.read(opened, problems);
        } catch (IOException | InvalidFormatException | SAXException | RuntimeException e) {
            problems.at("", "cannot be read as a Word template: " + e.getMessage()
                    + "; save it again from Word as a .dotx");
        } finally {
            if (opened != null) {
                // Not close(): the package was opened for reading only, and close() would write it out again.
                opened.revert();
            }
        }
        problems.throwIfAny(template.name());
        reader.leftOut.forEach(what -> LOG.log(Level.WARNING, template.name() + ": left out of every bulletin: "
                + what));
        reader.faint.forEach(what -> LOG.log(Level.WARNING, template.name() + ": " + what));
        return letterhead;
    }

    private Letterhead read(OPCPackage opened, ReadProblems problems)
            throws IOException, InvalidFormatException, SAXException {
        var mains = opened.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart main = mains.size() == 0 ? null : opened.getPart(mains.getRelationship(0));
        if (main == null) {
            problems.at("", "is a ZIP archive but not a Word template: it has no main document part"
                    + " (word/document.xml)");
            return null;
        }
        if (!WORD_DOCUMENTS.contains(main.getContentType())) {
            problems.at("", "is an Office document but not a Word template: its main part is "
                    + main.getContentType());
            return null;
        }
        noticeLeftOut(opened, main);
        Element section = lastSection(parse(main));
        List<Letterhead.Part> parts = new ArrayList<>();
        for (Element reference : section == null ? List.<Element>of() : WordXml.children(section)) {
            boolean header = WordXml.is(reference, "headerReference");
            if (header || WordXml.is(reference, "footerReference")) {
                String type = WordXml.attribute(reference, "type");
                PackageRelationship relationship = main.getRelationship(reference.getAttributeNS(WordXml.R, "id"));
                PackagePart part = relationship == null ? null : main.getRelatedPart(relationship);
                if (part == null) {
                    problems.at("", "has a " + (header ? "header" : "footer") + " that is not in the file; save it"
                            + " again from Word as a .dotx");
                    return null;
                }
                parts.add(part(header, HEADER_TYPES.contains(type) ? type : "default", part));
            }
        }
        byte[] styles = related(main, "styles");
        if (styles != null) {
            faint.addAll(TemplateContrast.faint(DocumentHelper.readDocument(new ByteArrayInputStream(styles))));
        }
        byte[] theme = related(main, "theme");
        byte[] settings = related(main, "settings");
        boolean evenAndOdd = settings != null && on(DocumentHelper.readDocument(new ByteArrayInputStream(settings))
                .getDocumentElement(), "evenAndOddHeaders");
        return new Letterhead(name, styles, theme, parts, TemplatePage.size(section), TemplatePage.margin(section),
                section != null && on(section, "titlePg"), evenAndOdd);
    }

    /** A header or footer, cleaned, with the relationships that are kept. */
    private Letterhead.Part part(boolean header, String type, PackagePart part)
            throws IOException, InvalidFormatException, SAXException {
        String partName = part.getPartName().getName().substring(1);
        List<Letterhead.Picture> pictures = new ArrayList<>();
        List<Letterhead.Link> links = new ArrayList<>();
        Set<String> dropped = new LinkedHashSet<>();
        for (PackageRelationship relationship : part.getRelationships()) {
            String kind = relationship.getRelationshipType();
            if (relationship.getTargetMode() == TargetMode.EXTERNAL) {
                if (kind.equals(RELATIONSHIPS + "hyperlink")) {
                    links.add(new Letterhead.Link(relationship.getId(), relationship.getTargetURI().toString()));
                } else {
                    dropped.add(relationship.getId());
                    leftOut.add("a picture or object in " + partName + " fetched from "
                            + relationship.getTargetURI());
                }
                continue;
            }
            PackagePart target = part.getRelatedPart(relationship);
            if (target != null && kind.equals(RELATIONSHIPS + "image")
                    && target.getContentType().startsWith("image/")) {
                pictures.add(new Letterhead.Picture(relationship.getId(), target.getPartName().getName(),
                        target.getContentType(), bytes(target)));
            } else {
                dropped.add(relationship.getId());
                leftOut.add("an object in " + partName + " that is not a picture, "
                        + relationship.getTargetURI());
            }
        }
        Document xml = parse(part);
        LetterheadCleaner cleaner = new LetterheadCleaner(partName);
        cleaner.clean(xml, dropped);
        leftOut.addAll(cleaner.leftOut());
        return new Letterhead.Part(header, type, LetterheadCleaner.serialized(xml), pictures, links);
    }

    /** Says what the template holds that is never copied: macros, custom XML, comments, an attached template. */
    private void noticeLeftOut(OPCPackage opened, PackagePart main) throws InvalidFormatException {
        for (PackagePart part : opened.getParts()) {
            String partName = part.getPartName().getName().substring(1);
            if (part.getContentType().equals("application/vnd.ms-office.vbaProject")
                    || partName.endsWith("vbaProject.bin")) {
                leftOut.add("its macros, " + partName);
            } else if (partName.startsWith("customXml/") && !partName.contains("_rels/")) {
                leftOut.add("its custom XML, " + partName);
            } else if (part.getContentType().equals(Letterhead.WORD + "comments+xml")) {
                leftOut.add("its comments, " + partName);
            }
        }
        for (PackageRelationship settings : main.getRelationshipsByType(RELATIONSHIPS + "settings")) {
            PackagePart part = main.getRelatedPart(settings);
            for (PackageRelationship link : part == null ? List.<PackageRelationship>of() : part.getRelationships()) {
                if (link.getTargetMode() == TargetMode.EXTERNAL) {
                    leftOut.add("its link to " + link.getTargetURI() + " (an attached template)");
                }
            }
        }
    }

    /** The body's own section properties, the last section's, which hold the page and its headers. */
    private static Element lastSection(Document document) {
        Element body = WordXml.child(document.getDocumentElement(), "body");
        return body == null ? null : WordXml.child(body, "sectPr");
    }

    private static boolean on(Element parent, String name) {
        Element toggle = WordXml.child(parent, name);
        return toggle != null && WordXml.on(toggle);
    }

    /** The bytes of the part related to {@code main} as {@code type}, parsed once to be sure it is XML. */
    private static byte[] related(PackagePart main, String type)
            throws IOException, InvalidFormatException, SAXException {
        var found = main.getRelationshipsByType(RELATIONSHIPS + type);
        PackagePart part = found.size() == 0 ? null : main.getRelatedPart(found.getRelationship(0));
        if (part == null) {
            return null;
        }
        byte[] bytes = bytes(part);
        DocumentHelper.readDocument(new ByteArrayInputStream(bytes));
        return bytes;
    }

    private static Document parse(PackagePart part) throws IOException, SAXException {
        try (InputStream in = part.getInputStream()) {
            return DocumentHelper.readDocument(in);
        }
    }

    private static byte[] bytes(PackagePart part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
