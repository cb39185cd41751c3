package io.github.bulletinkit.docx;

import io.github.bulletinkit.layout.QrCode;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * A QR code as an inline picture: a black-and-white PNG of {@value #PIXELS_PER_MODULE} pixels a module (some
 * 420 pixels an inch), so that every module edge falls on a pixel edge and prints sharp, shown at the code's
 * printed size, with its description as alternative text. Belongs to one render.
 */
final class QrPicture {

    static final int PIXELS_PER_MODULE = 10;

    private final XWPFDocument document;

    QrPicture(XWPFDocument document) {
        this.document = document;
    }

    /** Adds {@code code} to {@code paragraph}, which is in the document's body or one of its tables. */
    void add(CTP paragraph, QrCode code) {
        // A POI paragraph around the bean only to add a picture: POI then stores the image once however often
        // it appears, and writes the drawing's XML.
        XWPFRun run = new XWPFParagraph(paragraph, document).createRun();
        float side = code.sidePoints();
        XWPFPicture picture;
        try {
            picture = run.addPicture(new ByteArrayInputStream(png(code)), PictureType.PNG, "qr-code.png",
                    Units.toEMU(side), Units.toEMU(side));
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("POI refused a PNG made here", e);
        }
        CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setDescr(code.description());
        inline.getDocPr().setName("QR code");
        // The picture's own description too, which POI sets to the file's name and some readers show instead.
        picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(code.description());
    }

    static byte[] png(QrCode code) {
        int side = code.sizeWithQuietZone() * PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = image.getRaster();
        int[] white = new int[PIXELS_PER_MODULE * PIXELS_PER_MODULE];
        java.util.Arrays.fill(white, 1);
        for (int y = 0; y < code.sizeWithQuietZone(); y++) {
            for (int x = 0; x < code.sizeWithQuietZone(); x++) {
                int moduleX = x - QrCode.QUIET_ZONE;
                int moduleY = y - QrCode.QUIET_ZONE;
                boolean dark = moduleX >= 0 && moduleY >= 0 && moduleX < code.size() && moduleY < code.size()
                        && code.isDark(moduleX, moduleY);
                if (!dark) {
                    raster.setPixels(x * PIXELS_PER_MODULE, y * PIXELS_PER_MODULE, PIXELS_PER_MODULE,
                            PIXELS_PER_MODULE, white);
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a PNG in memory", e);
        }
        return out.toByteArray();
    }
}
