package io.github.bulletinkit.markup;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.RichText;

/**
 * Fuzzes the inline markup parser: any text is either rich text or an {@link InvalidBulletinException}, and
 * what it parses, formatted, parses back the same. Without {@code JAZZER_FUZZ} it replays
 * {@code InlineMarkupFuzzTestInputs}; with it, it fuzzes for 30 seconds, the run that CI makes.
 */
class InlineMarkupFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parseAnyText(@NotNull @WithUtf8Length(max = 10_000) String html) {
        RichText text = parseOrNull(html, InlineMarkup.DEFAULT_MAX_DEPTH);
        RichText shallow = parseOrNull(html, 2);

        if (text != null) {
            assertThat(InlineMarkup.parse(InlineMarkup.format(text))).isEqualTo(text);
        }
        if (shallow != null) {
            assertThat(text).as("what a shallow limit accepts, the default accepts").isEqualTo(shallow);
        }
    }

    /** The text parsed, or null when it is invalid; any other exception fails the test. */
    private static RichText parseOrNull(String html, int maxDepth) {
        try {
            return InlineMarkup.parse(html, maxDepth);
        } catch (InvalidBulletinException e) {
            assertThat(e.problems()).allSatisfy(problem -> assertThat(problem.message()).isNotBlank());
            return null;
        }
    }
}
