package io.github.bulletinkit.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * What a bulletin takes from an organisation's Word template, read and cleaned once ({@link LetterheadReader}):
 * its headers and footers with their pictures and links, its theme part, its styles, and its page. Only read once
 * made, so one serves every render at once; the styles merged with BulletinKit's are kept for each kind of
 * document and language, as {@link StyleSheet} keeps its own.
 *
 * @param styles the template's styles part, or null when it has none
 * @param theme the template's theme part (its colours and theme fonts), or null when it has none
 * @param size the template's paper, or null when it says none
 * @param margin the template's margins, or null when it says none
 * @param titlePage whether the first page has a header and footer of its own
 * @param evenAndOdd whether even pages have a header and footer of their own
 */
record Letterhead(String name, byte[] styles, byte[] theme, List<Part> parts, WordPage.Size size,
        WordPage.Margin margin, boolean titlePage, boolean evenAndOdd, Map<String, byte[]> merged) {

    static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final String THEME_TYPE = "application/vnd.openxmlformats-officedocument.theme+xml";
    private static final int MOST_KEPT_MERGES = 32;

    /** A header or footer: its type ({@code default}, {@code first} or {@code even}) and its cleaned XML. */
    record Part(boolean header, String type, byte[] xml, List<Picture> pictures, List<Link> links) {
    }

    /** A picture a header or footer holds, under its relationship's id; {@code source} is its part's name. */
    record Picture(String id, String source, String contentType, byte[] bytes) {
    }

    /** A hyperlink's address outside the document, under its relationship's id. */
    record Link(String id, String target) {
    }

    Letterhead(String name, byte[] styles, byte[] theme, List<Part> parts, WordPage.Size size,
            WordPage.Margin margin, boolean titlePage, boolean evenAndOdd) {
        this(name, styles, theme, List.copyOf(parts), size, margin, titlePage, evenAndOdd, new ConcurrentHashMap<>());
    }

    /** Whether the template has a footer for every page, in place of BulletinKit's {@code Page N of M}. */
    boolean hasFooter() {
        return parts.stream().anyMatch(part -> !part.header() && part.type().equals("default"));
    }

    /**
     * The template's styles merged with {@code ours} (the styles XML of this document), as POI writes them; null
     * when the template has no styles.
     */
    byte[] stylesPart(String key, String ours) {
        if (styles == null) {
            return null;
        }
        byte[] made = merged.get(key);
        if (made == null) {
            made = StyleSheet.written(merge(ours), "styles");
            if (merged.size() >= MOST_KEPT_MERGES) {
                merged.clear();
            }
            merged.put(key, made);
        }
        return made;
    }

    private CTStyles merge(String ours) {
        try {
            Document template = DocumentHelper.readDocument(new ByteArrayInputStream(styles));
            TemplateStyles.merge(template,
                    DocumentHelper.readDocument(new ByteArrayInputStream(ours.getBytes(StandardCharsets.UTF_8))));
            return StylesDocument.Factory.parse(template, new XmlOptions().setLoadStripWhitespace()).getStyles();
        } catch (IOException | SAXException | XmlException e) {
            // The template's styles were parsed when it was read, and ours are BulletinKit's own.
            throw new IllegalStateException("the styles of " + name + " cannot be merged: " + e.getMessage(), e);
        }
    }

    /** Adds the headers, footers and theme part to {@code document}, referred to from {@code section}. */
    void addTo(XWPFDocument document, CTSectPr section) throws IOException {
        OPCPackage opc = document.getPackage();
        PackagePart main = document.getPackagePart();
        Map<String, PackagePartName> pictures = new HashMap<>();
        try {
            for (Part part : parts) {
                String kind = part.header() ? "header" : "footer";
                PackagePart written = create(opc, "/word/" + kind, ".xml", WORD + kind + "+xml", part.xml());
                for (Picture picture : part.pictures()) {
                    PackagePartName copy = pictures.get(picture.source());
                    if (copy == null) {
                        String source = picture.source();
                        copy = create(opc, "/word/media/letterhead", source.substring(source.lastIndexOf('.')),
                                picture.contentType(), picture.bytes()).getPartName();
                        pictures.put(source, copy);
                    }
                    written.addRelationship(copy, TargetMode.INTERNAL, RELATIONSHIPS + "image", picture.id());
                }
                for (Link link : part.links()) {
                    written.addExternalRelationship(link.target(), RELATIONSHIPS + "hyperlink", link.id());
                }
                String id = main.addRelationship(written.getPartName(), TargetMode.INTERNAL, RELATIONSHIPS + kind)
                        .getId();
                CTHdrFtrRef reference = part.header() ? section.addNewHeaderReference()
                        : section.addNewFooterReference();
                reference.setType(STHdrFtr.Enum.forString(part.type()));
                reference.setId(id);
            }
            if (theme != null) {
                PackagePart written = create(opc, "/word/theme/theme", ".xml", THEME_TYPE, theme);
                main.addRelationship(written.getPartName(), TargetMode.INTERNAL, RELATIONSHIPS + "theme");
            }
        } catch (InvalidFormatException e) {
            throw new IOException("POI cannot take the parts of " + name + ": " + e.getMessage(), e);
        }
        if (titlePage) {
            section.addNewTitlePg();
        }
    }

    /**
     * Adds a part named {@code prefix}, the first number free, {@code suffix}, holding {@code bytes}, and the main
     * document's relationship of {@code type} to it; returns the relationship's id.
     */
    static String add(XWPFDocument document, String prefix, String suffix, String contentType, String type,
            byte[] bytes) throws IOException {
        try {
            PackagePart written = create(document.getPackage(), prefix, suffix, contentType, bytes);
            return document.getPackagePart().addRelationship(written.getPartName(), TargetMode.INTERNAL, type)
                    .getId();
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("POI refused a part made here: " + e.getMessage(), e);
        }
    }

    /** A new part named {@code prefix}, the first number free, {@code suffix}; holding {@code bytes}. */
    private static PackagePart create(OPCPackage opc, String prefix, String suffix, String contentType, byte[] bytes)
            throws InvalidFormatException, IOException {
        PackagePartName name;
        int number = 1;
        do {
            name = PackagingURIHelper.createPartName(prefix + number++ + suffix);
        } while (opc.containPart(name));
        PackagePart part = opc.createPart(name, contentType);
        try (OutputStream out = part.getOutputStream()) {
            out.write(bytes);
        }
        return part;
    }
}
