package io.github.bulletinkit.docx;

import io.github.bulletinkit.layout.QrCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/** The bean-based writer's QR code, as {@code QrPicture} added it before the body was streamed. */
final class BeanQrPicture {

    private final XWPFDocument document;

    BeanQrPicture(XWPFDocument document) {
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
            picture = run.addPicture(new ByteArrayInputStream(QrPicture.png(code)), PictureType.PNG, "qr-code.png",
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
}
