package io.github.bulletinkit.docx;

import io.github.bulletinkit.layout.LayoutPlan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

/** The bean-based writer's logo, as {@code LogoPicture} added it before the body was streamed. */
final class BeanLogoPicture {

    private BeanLogoPicture() {
    }

    /** Call before anything else is added to the body: the picture's paragraph goes at its end. */
    static void add(XWPFDocument document, LayoutPlan.Picture picture, float spaceAfter) throws IOException {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingAfter((int) Twips.of(spaceAfter));
        XWPFRun run = paragraph.createRun();
        boolean png = picture.logo().mediaType().equals("image/png");
        try {
            run.addPicture(new ByteArrayInputStream(picture.logo().image()),
                    png ? PictureType.PNG : PictureType.JPEG, png ? "logo.png" : "logo.jpg",
                    Units.toEMU(picture.width()), Units.toEMU(picture.height()));
        } catch (InvalidFormatException e) {
            throw new IOException("POI cannot take the logo: " + e.getMessage(), e);
        }
        // What Word's accessibility checker and screen readers read for the picture.
        CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setDescr(picture.logo().description());
        inline.getDocPr().setName("Logo");
    }
}
