package io.github.bulletinkit.testing;

import io.github.bulletinkit.theme.Logo;
import io.github.bulletinkit.theme.Rgb;
import io.github.bulletinkit.theme.Theme;
import io.github.bulletinkit.theme.Typeface;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** An organisation's theme for the tests: a logo drawn here, an accent colour and a serif typeface. */
public final class TestThemes {

    /** The accent: a blue that white text reads on. */
    public static final Rgb ACCENT = Rgb.parse("#005EA5");
    /** The logo's description, its alternative text. */
    public static final String DESCRIPTION = "West Wales Safeguarding Board";

    private TestThemes() {
    }

    /** A logo 300 by 100 pixels, the accent behind two white bars. */
    public static byte[] logoPng() {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(ACCENT.red(), ACCENT.green(), ACCENT.blue()));
        g.fillRect(0, 0, 300, 100);
        g.setColor(Color.WHITE);
        g.fillRect(20, 20, 120, 60);
        g.fillRect(160, 20, 120, 60);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** Liberation Serif, from the fonts jar that the PDF renderer takes Liberation Sans from. */
    public static Typeface serif() {
        return LiberationSerif.typeface();
    }

    /** The logo, the accent and the serif typeface. */
    public static Theme organisation() {
        return Theme.builder().accent(ACCENT).logo(Logo.of(logoPng(), DESCRIPTION)).typeface(serif()).build();
    }
}
