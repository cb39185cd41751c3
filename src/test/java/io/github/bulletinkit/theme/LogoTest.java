package io.github.bulletinkit.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bulletinkit.testing.TestImages;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LogoTest {

    @Test
    void acceptsAPngWithItsSize() {
        Logo logo = Logo.of(TestImages.png(400, 120), "  West Wales Safeguarding Board ");

        assertThat(logo.mediaType()).isEqualTo("image/png");
        assertThat(logo.width()).isEqualTo(400);
        assertThat(logo.height()).isEqualTo(120);
        assertThat(logo.description()).isEqualTo("West Wales Safeguarding Board");
    }

    @Test
    void acceptsAJpegWithItsSize() {
        Logo logo = Logo.of(TestImages.jpeg(300, 90), "West Wales Safeguarding Board");

        assertThat(logo.mediaType()).isEqualTo("image/jpeg");
        assertThat(logo.width()).isEqualTo(300);
        assertThat(logo.height()).isEqualTo(90);
    }

    @Test
    void copiesItsBytesInAndOut() {
        byte[] png = TestImages.png(40, 12);
        Logo logo = Logo.of(png, "Logo");
        png[10] ^= 1;
        logo.image()[11] ^= 1;

        assertThat(logo.image()).isEqualTo(TestImages.png(40, 12));
    }

    @Test
    void refusesWhatIsNotAnImage() {
        assertThatThrownBy(() -> Logo.of("GIF89a, or any text".getBytes(StandardCharsets.US_ASCII), "Logo"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a PNG or JPEG image");
    }

    @Test
    void refusesAPngCutShortInItsHeader() {
        byte[] cut = java.util.Arrays.copyOf(TestImages.png(40, 12), 12);

        assertThatThrownBy(() -> Logo.of(cut, "Logo"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the image/png image's header cannot be read: ");
    }

    @Test
    void refusesAPixelFloodFromItsHeaderAlone() {
        byte[] flood = TestImages.pixelFlood(100_000, 100_000);

        assertThat(flood).hasSizeLessThan(100);
        assertThatThrownBy(() -> Logo.of(flood, "Logo"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the image is 100000 × 100000 pixels; a logo may have at most 25,000,000 pixels");
    }

    @Test
    void acceptsAHeaderOfExactly25Megapixels() {
        Logo logo = Logo.of(TestImages.pixelFlood(5000, 5000), "Logo");

        assertThat(logo.width() * (long) logo.height()).isEqualTo(Logo.MAX_PIXELS);
    }

    @Test
    void refusesABlankDescription() {
        assertThatThrownBy(() -> Logo.of(TestImages.png(40, 12), " \t"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the description must not be empty: it is the logo's alternative text");
    }
}
