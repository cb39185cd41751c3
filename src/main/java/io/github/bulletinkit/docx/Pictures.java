package io.github.bulletinkit.docx;

import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.layout.QrCode;
import java.util.Map;
import org.apache.poi.util.Units;

/**
 * The body's inline pictures, the logo and the QR codes, written as POI's {@code XWPFRun.addPicture} writes
 * them, each drawing numbered in the body's order, each image a part of the package under its relationship's id
 * ({@link WordParts}). A QR code's picture has its description as alternative text, and as its own description,
 * which some readers show instead. Belongs to one render; not thread-safe.
 */
final class Pictures {

    private final String logo;
    private final Map<QrCode, String> codes;
    /** The number of the next drawing; POI numbers them from 0. */
    private long next;

    /**
     * @param logo the relationship id of the logo's image, or null for none
     * @param codes the relationship id of each QR code's image
     */
    Pictures(String logo, Map<QrCode, String> codes) {
        this.logo = logo;
        this.codes = codes;
    }

    /** Whether the body holds any picture, and so needs the prefixes of drawings declared. */
    boolean any() {
        return logo != null || !codes.isEmpty();
    }

    /** Writes the logo's run: its description as alternative text. */
    void logo(WordStream xml, LayoutPlan.Picture picture) {
        boolean png = picture.logo().mediaType().equals("image/png");
        inline(xml, logo, "Logo", picture.logo().description(), png ? "logo.png" : "logo.jpg",
                Units.toEMU(picture.width()), Units.toEMU(picture.height()));
    }

    /** Writes a QR code's run, at the code's printed size. */
    void code(WordStream xml, QrCode code) {
        int side = Units.toEMU(code.sidePoints());
        inline(xml, codes.get(code), "QR code", code.description(), code.description(), side, side);
    }

    private void inline(WordStream xml, String relationship, String name, String description, String imageDescription,
            int width, int height) {
        long id = next++;
        xml.start("w:r").start("w:drawing").start("wp:inline").attribute("distT", "0").attribute("distR", "0")
                .attribute("distB", "0").attribute("distL", "0");
        xml.empty("wp:extent").attribute("cx", width).attribute("cy", height);
        xml.empty("wp:docPr").attribute("id", id).attribute("name", name).attribute("descr", description);
        xml.start("a:graphic").start("a:graphicData").attribute("uri", WordStream.PIC).start("pic:pic");
        // As POI writes it: the picture's own id 0 (ECMA-376 20.2.2.3), its name numbered as the drawing.
        xml.start("pic:nvPicPr").empty("pic:cNvPr").attribute("id", "0").attribute("name", "Picture " + id)
                .attribute("descr", imageDescription);
        xml.start("pic:cNvPicPr").empty("a:picLocks").attribute("noChangeAspect", "true").end().end();
        xml.start("pic:blipFill").empty("a:blip").attribute("r:embed", relationship)
                .start("a:stretch").empty("a:fillRect").end().end();
        xml.start("pic:spPr").start("a:xfrm").empty("a:off").attribute("x", "0").attribute("y", "0")
                .empty("a:ext").attribute("cx", width).attribute("cy", height).end();
        xml.start("a:prstGeom").attribute("prst", "rect").empty("a:avLst").end().end();
        // pic:pic, a:graphicData, a:graphic, wp:inline, w:drawing, w:r
        xml.end().end().end().end().end().end();
    }
}
