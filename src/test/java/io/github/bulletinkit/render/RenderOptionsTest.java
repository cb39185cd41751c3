package io.github.bulletinkit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Options that no renderer could honour are refused when they are made, with what to change. */
class RenderOptionsTest {

    /** A4 with margins that leave the narrowest content allowed, two inches. */
    private static final RenderOptions TWO_INCHES = RenderOptions.defaults()
            .withMargins(new Margins(72, 225.638f, 72, 225.638f));

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
        return RenderOptions.defaults().withHeaderColours(Rgb.parse(headerBackground), Rgb.parse("#FFFFFF"))
                .titleColour().hex();
    }

    @Test
    void aColumnTooNarrowForItsTextIsRefused() {
        // The PDF printed nothing at all in a column whose padding left no room for text.
        assertThatThrownBy(() -> TWO_INCHES.withInformationShare(0.85f))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a column of 21.6 points is too narrow for 10.0-point text, which needs at least 30.0:"
                        + " widen the page's content, bring the information share nearer 0.5 or make the text smaller");
        assertThatThrownBy(() -> TWO_INCHES.withBaseFontSize(15))
                .hasMessageStartingWith("a column of 43.2 points is too narrow for 15.0-point text");
    }

    @Test
    void columnsThreeTimesAsWideAsTheTextSizeAreAllowed() {
        RenderOptions narrowest = TWO_INCHES.withBaseFontSize(7).withInformationShare(0.85f);
        assertThat(narrowest.contentWidth() * (1 - narrowest.informationShare())).isGreaterThanOrEqualTo(21);
        assertThat(RenderOptions.defaults().withBaseFontSize(24).withInformationShare(0.85f).baseFontSize())
                .isEqualTo(24);
    }

    @Test
    void aCreationDateMustHaveAFourDigitYear() {
        assertThatThrownBy(() -> RenderOptions.defaults().withCreated(Instant.MAX))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("created must be in the years 1 to 9999, not +1000000000-12-31T23:59:59.999999999Z");
        assertThatThrownBy(() -> RenderOptions.defaults().withCreated(Instant.parse("0000-12-31T23:59:59Z")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RenderOptions.defaults().withCreated(Instant.parse("9999-12-31T23:59:59Z")).created()).isPresent();
    }
}
