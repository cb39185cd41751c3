package io.github.bulletinkit.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.render.Rgb;
import org.junit.jupiter.api.Test;

/** The small decisions of the type styles. */
class TypesetterTest {

    @Test
    void takesTheHeaderColourForTheTitleOnlyWhenItReadsOnWhite() {
        assertThat(Typesetter.readableOnWhite(Rgb.parse("#1F3864"))).as("the default dark blue").isTrue();
        assertThat(Typesetter.readableOnWhite(Rgb.parse("#000000"))).isTrue();
        assertThat(Typesetter.readableOnWhite(Rgb.parse("#949494"))).as("3.03 to 1").isTrue();
        assertThat(Typesetter.readableOnWhite(Rgb.parse("#969696"))).as("2.96 to 1").isFalse();
        assertThat(Typesetter.readableOnWhite(Rgb.parse("#E7E6E6"))).as("a pale grey").isFalse();
        assertThat(Typesetter.readableOnWhite(Rgb.parse("#FFFFFF"))).isFalse();
    }

    @Test
    void printsATabAsASpaceAndKeepsLineBreaks() {
        assertThat(Typesetter.printable("a\tb\nc")).isEqualTo("a b\nc");
    }
}
