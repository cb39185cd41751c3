package io.github.bulletinkit.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.bulletinkit.model.InvalidBulletinException;
import org.junit.jupiter.api.Test;

class ThemeTest {

    @Test
    void reckonsContrastAsWcagDoes() {
        assertThat(Theme.contrast(Rgb.parse("#767676"), Theme.WHITE)).isCloseTo(4.54, within(0.005));
        assertThat(Theme.contrast(Rgb.parse("#777777"), Theme.WHITE)).isCloseTo(4.48, within(0.005));
        assertThat(Theme.contrast(Rgb.parse("#000000"), Theme.WHITE)).isEqualTo(21.0);
        assertThat(Theme.contrast(Rgb.parse("#005EA5"), Rgb.parse("#005EA5"))).isEqualTo(1.0);
    }

    @Test
    void contrastIsTheSameEitherWayRound() {
        assertThat(Theme.contrast(Theme.WHITE, Rgb.parse("#0563C1")))
                .isEqualTo(Theme.contrast(Rgb.parse("#0563C1"), Theme.WHITE));
    }

    @Test
    void headerTextIsNearBlackOnAYellowAccentAndWhiteOnDarkBlue() {
        assertThat(Theme.builder().accent(Rgb.parse("#FFDD00")).build().onAccent()).isEqualTo(Theme.NEAR_BLACK);
        assertThat(Theme.builder().accent(Rgb.parse("#1F3864")).build().onAccent()).isEqualTo(Theme.WHITE);
    }

    @Test
    void aYellowAccentWorksWithNearBlackTextAndLeavesTheTitleInTheTextColour() {
        Theme yellow = Theme.builder().accent(Rgb.parse("#FFDD00")).text(Theme.NEAR_BLACK).build();

        assertThat(yellow.accent().hex()).isEqualTo("FFDD00");
        assertThat(yellow.titleColour()).isEqualTo(Theme.NEAR_BLACK);
    }

    @Test
    void aDarkAccentColoursTheTitle() {
        assertThat(Theme.builder().accent(Rgb.parse("#005EA5")).build().titleColour().hex()).isEqualTo("005EA5");
    }

    @Test
    void theDefaultsPassTheirOwnChecks() {
        Theme defaults = Theme.defaults();

        assertThat(defaults.logo()).isEmpty();
        assertThat(defaults.typeface()).isEmpty();
        assertThat(defaults.accent().hex()).isEqualTo("1F3864");
        assertThat(defaults.logoHeight()).isEqualTo(40f);
        assertThat(Theme.builder().build()).isEqualTo(defaults);
    }

    @Test
    void refusedColoursListEveryFailureWithItsRatio() {
        Theme.Builder pale = Theme.builder().accent(Rgb.parse("#808080")).text(Rgb.parse("#AAAAAA"))
                .secondary(Rgb.parse("#999999")).link(Rgb.parse("#66AAFF"));

        assertThatThrownBy(pale::build)
                .isInstanceOfSatisfying(InvalidBulletinException.class, e -> assertThat(e.lines()).containsExactly(
                        "text: #AAAAAA has a contrast of 2.32:1 on white; it needs at least 4.5:1",
                        "secondary: #999999 has a contrast of 2.85:1 on white; it needs at least 4.5:1",
                        "link: #66AAFF has a contrast of 2.40:1 on white; it needs at least 4.5:1",
                        "accent: #808080 leaves the header row's text a contrast of 4.41:1 at best (white or"
                                + " near-black on it); it needs at least 4.5:1"));
    }

    @Test
    void aColourJustBelowTheLineIsRefused() {
        assertThatThrownBy(() -> Theme.builder().secondary(Rgb.parse("#777777")).build())
                .hasMessage("secondary: #777777 has a contrast of 4.48:1 on white; it needs at least 4.5:1");
        assertThat(Theme.builder().secondary(Rgb.parse("#767676")).build().secondary().hex()).isEqualTo("767676");
    }

    @Test
    void theLogoHeightIsFrom12To144Points() {
        assertThat(Theme.builder().logoHeight(12).build().logoHeight()).isEqualTo(12f);
        assertThat(Theme.builder().logoHeight(144).build().logoHeight()).isEqualTo(144f);
        assertThatThrownBy(() -> Theme.builder().logoHeight(11.5f))
                .hasMessage("the logo's height must be from 12 to 144 points, not 11.5");
        assertThatThrownBy(() -> Theme.builder().logoHeight(Float.NaN))
                .hasMessage("the logo's height must be from 12 to 144 points, not NaN");
    }
}
