package io.github.bulletinkit.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bulletinkit.theme.Rgb;
import io.github.bulletinkit.theme.Theme;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Options that no renderer could honour are refused when they are made, with what to change. */
class RenderOptionsTest {

    /** A4 with margins that leave the narrowest content allowed, two inches. */
    private static final RenderOptions TWO_INCHES = RenderOptions.builder()
            .margins(new Margins(72, 225.638f, 72, 225.638f)).build();

    @Test
    void theTitleTakesTheHeaderColourOnlyWhenItReadsOnWhite() {
        assertThat(titleColourFor("#1F3864")).as("the default dark blue").isEqualTo("1F3864");
        assertThat(titleColourFor("#000000")).isEqualTo("000000");
        assertThat(titleColourFor("#949494")).as("3.03 to 1").isEqualTo("949494");
        assertThat(titleColourFor("#969696")).as("2.96 to 1").isEqualTo("1A1A1A");
        assertThat(titleColourFor("#E7E6E6")).as("a pale grey").isEqualTo("1A1A1A");
        assertThat(titleColourFor("#FFFFFF")).isEqualTo("1A1A1A");
    }

    private static String titleColourFor(String headerBackground) {
        return Theme.builder().accent(Rgb.parse(headerBackground)).build().titleColour().hex();
    }

    @Test
    void aColumnTooNarrowForItsTextIsRefused() {
        // The PDF printed nothing at all in a column whose padding left no room for text.
        assertThatThrownBy(() -> TWO_INCHES.toBuilder().informationShare(0.85f).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a column of 21.6 points is too narrow for 10.0-point text, which needs at least 30.0:"
                        + " widen the page's content, bring the information share nearer 0.5 or make the text smaller");
        assertThatThrownBy(() -> TWO_INCHES.toBuilder().baseFontSize(15).build())
                .hasMessageStartingWith("a column of 43.2 points is too narrow for 15.0-point text");
    }

    @Test
    void columnsThreeTimesAsWideAsTheTextSizeAreAllowed() {
        RenderOptions narrowest = TWO_INCHES.toBuilder().baseFontSize(7).informationShare(0.85f).build();
        assertThat(narrowest.contentWidth() * (1 - narrowest.informationShare())).isGreaterThanOrEqualTo(21);
        assertThat(RenderOptions.builder().baseFontSize(24).informationShare(0.85f).build().baseFontSize())
                .isEqualTo(24);
    }

    @Test
    void aCreationDateMustHaveAFourDigitYear() {
        assertThatThrownBy(() -> RenderOptions.builder().created(Instant.MAX).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("created must be in the years 1 to 9999, not +1000000000-12-31T23:59:59.999999999Z");
        assertThatThrownBy(() -> RenderOptions.builder().created(Instant.parse("0000-12-31T23:59:59Z")).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RenderOptions.builder().created(Instant.parse("9999-12-31T23:59:59Z")).build()
                .created()).isPresent();
    }
}
