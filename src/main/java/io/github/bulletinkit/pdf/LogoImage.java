package io.github.bulletinkit.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import io.github.bulletinkit.layout.LayoutPlan;
import java.io.IOException;

/** The theme's logo as an OpenPDF image, its description as alternative text. */
final class LogoImage {

    private LogoImage() {
    }

    static Image of(LayoutPlan.Picture picture) throws IOException {
        try {
            Image image = Image.getInstance(picture.logo().image());
            image.scaleAbsolute(picture.width(), picture.height());
            image.setAlt(picture.logo().description());
            return image;
        } catch (BadElementException e) {
            throw new IOException("OpenPDF cannot read the logo: " + e.getMessage(), e);
        }
    }
}
