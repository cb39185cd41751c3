package io.github.bulletinkit.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import io.github.bulletinkit.layout.QrCode;
import java.awt.Color;

/**
 * A QR code drawn as vector squares in a form XObject, crisp at any zoom and on any printer, wrapped as an
 * image so that it sits in a table cell like a paragraph. The quiet zone is part of the image, left unpainted.
 */
final class QrImage {

    private QrImage() {
    }

    /** The image of {@code code}, its description as alternative text; {@code canvas} makes its template. */
    static Image of(QrCode code, PdfContentByte canvas, float spaceAfter) {
        float module = QrCode.MODULE_POINTS;
        float side = code.sidePoints();
        PdfTemplate template = canvas.createTemplate(side, side);
        template.setColorFill(Color.BLACK);
        for (int y = 0; y < code.size(); y++) {
            // PDF's y runs up the page; a code's rows run down.
            float bottom = side - (y + QrCode.QUIET_ZONE + 1) * module;
            int x = 0;
            while (x < code.size()) {
                if (!code.isDark(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < code.size() && code.isDark(x, y)) {
                    x++;
                }
                // A run of dark modules as one rectangle: fewer operators, and no seams between them.
                template.rectangle((start + QrCode.QUIET_ZONE) * module, bottom, (x - start) * module, module);
            }
        }
        // One fill for the whole path, so that no renderer leaves a hairline where rectangles touch.
        template.fill();
        try {
            Image image = Image.getInstance(template);
            image.setAlt(code.description());
            // Not the default 100%: OpenPDF would scale the code up to the cell's width, and so its modules.
            image.setWidthPercentage(0);
            image.setAlignment(Image.LEFT);
            image.setSpacingAfter(spaceAfter);
            return image;
        } catch (BadElementException e) {
            throw new IllegalStateException("OpenPDF refused a template as an image", e);
        }
    }
}
