package io.github.bulletinkit.docx;

import io.github.bulletinkit.layout.QrCode;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * A QR code's image: a black-and-white PNG of {@value #PIXELS_PER_MODULE} pixels a module (some 420 pixels an
 * inch), so that every module edge falls on a pixel edge and prints sharp; {@link Pictures} shows it at the
 * code's printed size.
 */
final class QrPicture {

    static final int PIXELS_PER_MODULE = 10;

    private QrPicture() {
    }

    /** The code's image. */
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
