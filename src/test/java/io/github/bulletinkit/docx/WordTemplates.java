package io.github.bulletinkit.docx;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * Word templates made for the tests, part by part, as Word saves a {@code .dotx}: a letterhead with the
 * organisation's name and logo in the header, a footer with its registered office and a protective marking, an
 * A4 page with margins of its own (40 mm at the top, 30 mm at the bottom and left, 20 mm at the right), a body font
 * (Noto Serif, 10.5 points), a purple Heading 2 and a body text that must never reach a bulletin. Parts can be
 * changed, added or removed to make the hostile ones.
 */
final class WordTemplates {

    static final String HEADER_TEXT = "Example Safeguarding Partnership";
    static final String FOOTER_TEXT = "Registered office: 1 High Street, Exampleton";
    static final String MARKING = "OFFICIAL";
    static final String BODY_TEXT = "Delete this text and write your letter here.";
    static final String FONT = "Noto Serif";
    static final String HEADING_COLOUR = "6A1B9A";
    /** The template's margins, in twips: 40 mm, 20 mm, 30 mm and 30 mm. */
    static final int TOP = 2268;
    static final int RIGHT = 1134;
    static final int BOTTOM = 1701;
    static final int LEFT = 1701;

    static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    private static final String WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    final Map<String, byte[]> parts = new LinkedHashMap<>();
    final Map<String, String> overrides = new LinkedHashMap<>();
    final Map<String, String> documentRelationships = new LinkedHashMap<>();
    String header = HEADER_TEXT;
    String headerExtra = "";
    String sectionExtra = "";
    String mainType = WML + "template.main+xml";
    boolean footer = true;

    /** The letterhead described above. */
    static WordTemplates letterhead() {
        WordTemplates template = new WordTemplates();
        template.put("word/styles.xml", WML + "styles+xml", STYLES);
        template.put("word/settings.xml", WML + "settings+xml", "<w:settings " + W + "><w:defaultTabStop"
                + " w:val=\"720\"/></w:settings>");
        template.put("word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml",
                WordTemplateTheme.XML);
        template.parts.put("word/media/image1.png", logo());
        template.documentRelationships.put("rIdStyles", "styles\" Target=\"styles.xml");
        template.documentRelationships.put("rIdSettings", "settings\" Target=\"settings.xml");
        template.documentRelationships.put("rIdTheme", "theme\" Target=\"theme/theme1.xml");
        template.parts.put("word/_rels/header1.xml.rels", relationships("<Relationship Id=\"rIdLogo\" Type=\"" + REL
                + "image\" Target=\"media/image1.png\"/>"));
        return template;
    }

    void put(String name, String contentType, String xml) {
        parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
        if (contentType != null) {
            overrides.put("/" + name, contentType);
        }
    }

    /** The template's file. */
    byte[] bytes() {
        Map<String, byte[]> all = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>(overrides);
        types.put("/word/document.xml", mainType);
        types.put("/word/header1.xml", WML + "header+xml");
        StringBuilder references = new StringBuilder("<w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>");
        Map<String, String> relationships = new LinkedHashMap<>(documentRelationships);
        relationships.put("rIdHeader", "header\" Target=\"header1.xml");
        if (footer) {
            types.put("/word/footer1.xml", WML + "footer+xml");
            references.append("<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>");
            relationships.put("rIdFooter", "footer\" Target=\"footer1.xml");
            all.put("word/footer1.xml", utf8("<w:ftr " + W + "><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
                    + "<w:r><w:t xml:space=\"preserve\">" + FOOTER_TEXT + " · " + MARKING + " · Page </w:t></w:r>"
                    + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>"));
        }
        StringBuilder contentTypes = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Default"
                + " Extension=\"png\" ContentType=\"image/png\"/><Default Extension=\"bin\" ContentType="
                + "\"application/vnd.ms-office.vbaProject\"/>");
        types.forEach((name, type) -> contentTypes.append("<Override PartName=\"").append(name)
                .append("\" ContentType=\"").append(type).append("\"/>"));
        all.put("[Content_Types].xml", utf8(contentTypes.append("</Types>").toString()));
        all.put("_rels/.rels", relationships("<Relationship Id=\"rId1\" Type=\"" + REL + "officeDocument\""
                + " Target=\"word/document.xml\"/>"));
        all.put("word/document.xml", utf8("<w:document " + W + "><w:body><w:p><w:r><w:t>" + BODY_TEXT
                + "</w:t></w:r></w:p><w:sectPr>" + references + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar"
                + " w:top=\"" + TOP + "\" w:right=\"" + RIGHT + "\" w:bottom=\"" + BOTTOM + "\" w:left=\"" + LEFT
                + "\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>" + sectionExtra
                + "</w:sectPr></w:body></w:document>"));
        StringBuilder rels = new StringBuilder();
        relationships.forEach((id, rest) -> rels.append("<Relationship Id=\"").append(id).append("\" Type=\"")
                .append(rest.startsWith("http") ? rest : REL + rest).append("\"/>"));
        all.put("word/_rels/document.xml.rels", relationships(rels.toString()));
        all.put("word/header1.xml", utf8("<w:hdr " + W + " xmlns:wp=\"http://schemas.openxmlformats.org/"
                + "drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/"
                + "main\" xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:p><w:pPr>"
                + "<w:pStyle w:val=\"Header\"/></w:pPr>" + picture("rIdLogo", "r:embed", 1) + "<w:r><w:t"
                + " xml:space=\"preserve\">  " + header + "</w:t></w:r>" + headerExtra + "</w:p></w:hdr>"));
        all.putAll(parts);
        return zip(all);
    }

    /** An inline picture, 24 points square, whose image is the relationship {@code id}. */
    static String picture(String id, String attribute, int number) {
        return "<w:r><w:drawing><wp:inline><wp:extent cx=\"304800\" cy=\"304800\"/><wp:docPr id=\"" + number
                + "\" name=\"Logo " + number + "\" descr=\"The partnership's logo\"/><a:graphic><a:graphicData"
                + " uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr><pic:cNvPr"
                + " id=\"" + number + "\" name=\"logo.png\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip "
                + attribute + "=\"" + id + "\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm>"
                + "<a:off x=\"0\" y=\"0\"/><a:ext cx=\"304800\" cy=\"304800\"/></a:xfrm><a:prstGeom prst=\"rect\">"
                + "<a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>"
                + "</w:r>";
    }

    static byte[] relationships(String content) {
        return utf8("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + content + "</Relationships>");
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipped = new ZipEntry(entry.getKey());
                // A fixed date, so that the same template is the same bytes, as the sample's file is.
                zipped.setTimeLocal(LocalDateTime.of(2025, 1, 1, 0, 0));
                zip.putNextEntry(zipped);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A purple square with a white disc: a logo that shows in a picture of the page. */
    private static byte[] logo() {
        BufferedImage image = new BufferedImage(96, 96, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x6A1B9A));
        graphics.fillRect(0, 0, 96, 96);
        graphics.setColor(Color.WHITE);
        graphics.fillOval(24, 24, 48, 48);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static final String STYLES = "<w:styles " + W + "><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts"
            + " w:ascii=\"" + FONT + "\" w:hAnsi=\"" + FONT + "\" w:cs=\"" + FONT + "\"/><w:sz w:val=\"21\"/>"
            + "<w:szCs w:val=\"21\"/><w:lang w:val=\"en-US\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing"
            + " w:after=\"120\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
            + "<w:qFormat/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn"
            + " w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing"
            + " w:before=\"240\" w:after=\"60\"/><w:outlineLvl w:val=\"1\"/></w:pPr><w:rPr><w:b/><w:color w:val=\""
            + HEADING_COLOUR + "\"/><w:sz w:val=\"26\"/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/><w:basedOn"
            + " w:val=\"Normal\"/><w:rPr><w:b/><w:color w:val=\"" + HEADING_COLOUR + "\"/><w:sz w:val=\"28\"/></w:rPr>"
            + "</w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn"
            + " w:val=\"Normal\"/><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:sz w:val=\"16\"/></w:rPr>"
            + "</w:style></w:styles>";
}
