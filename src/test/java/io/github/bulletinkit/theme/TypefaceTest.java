package io.github.bulletinkit.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bulletinkit.testing.LiberationSerif;
import io.github.bulletinkit.theme.Typeface.Face;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TypefaceTest {

    private static final byte[] REGULAR = LiberationSerif.file("LiberationSerif-Regular.ttf");
    private static final byte[] BOLD = LiberationSerif.file("LiberationSerif-Bold.ttf");
    private static final byte[] ITALIC = LiberationSerif.file("LiberationSerif-Italic.ttf");
    private static final byte[] BOLD_ITALIC = LiberationSerif.file("LiberationSerif-BoldItalic.ttf");
    private static final byte[] GARBAGE = "not a font at all".getBytes(StandardCharsets.US_ASCII);

    @Test
    void acceptsLiberationSerifAndNamesItsFamily() {
        Typeface typeface = Typeface.of(REGULAR, BOLD, ITALIC, BOLD_ITALIC);

        assertThat(typeface.family()).isEqualTo("Liberation Serif");
        assertThat(typeface.face(Face.BOLD)).isEqualTo(BOLD);
        assertThat(typeface.face(Face.BOLD_ITALIC)).isEqualTo(BOLD_ITALIC);
        assertThat(typeface).isEqualTo(LiberationSerif.typeface()).hasToString("Typeface[Liberation Serif]");
    }

    @Test
    void saysWhichCharactersItCanShow() {
        Typeface typeface = Typeface.of(REGULAR, BOLD, ITALIC, BOLD_ITALIC);

        assertThat(typeface.canShow('A')).isTrue();
        assertThat(typeface.canShow('\u0175')).isTrue(); // ŵ, Welsh
        assertThat(typeface.canShow('\u0627')).isFalse(); // alef: Liberation Serif has no Arabic
        assertThat(typeface.canShow(0x4E2D)).isFalse(); // 中
    }

    @Test
    void refusesGarbageNamingTheFace() {
        assertThatThrownBy(() -> Typeface.of(REGULAR, BOLD, GARBAGE, BOLD_ITALIC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the italic face is not a TrueType or OpenType font");
        assertThatThrownBy(() -> Typeface.of(REGULAR, BOLD, ITALIC, GARBAGE))
                .hasMessage("the bold italic face is not a TrueType or OpenType font");
    }

    @Test
    void namesAMissingFace() {
        assertThatThrownBy(() -> Typeface.of(REGULAR, null, ITALIC, BOLD_ITALIC))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("BOLD");
    }
}
