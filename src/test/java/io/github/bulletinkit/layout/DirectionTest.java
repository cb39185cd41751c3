package io.github.bulletinkit.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.testing.Samples;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which way each language runs, and the direction the plan gives each entry's cells. */
class DirectionTest {

    @ParameterizedTest
    @CsvSource({"ar, RIGHT_TO_LEFT", "ar-EG, RIGHT_TO_LEFT", "he, RIGHT_TO_LEFT", "fa, RIGHT_TO_LEFT",
        "ur-PK, RIGHT_TO_LEFT", "pa-Arab, RIGHT_TO_LEFT", "en-GB, LEFT_TO_RIGHT", "cy, LEFT_TO_RIGHT",
        "hi, LEFT_TO_RIGHT", "pa, LEFT_TO_RIGHT", "zh-Hans, LEFT_TO_RIGHT", "az-Latn, LEFT_TO_RIGHT",
        "'', LEFT_TO_RIGHT"})
    void aLanguageRunsAsItsScriptDoes(String tag, Direction expected) {
        assertThat(Direction.of(tag)).isEqualTo(expected);
    }

    @Test
    void anArabicBulletinAndItsEntriesRunRightToLeft() {
        LayoutPlan plan = LayoutPlan.of(Samples.read(Path.of("samples", "tahdithat-alhimaya.json")),
                RenderOptions.defaults());

        assertThat(plan.document().rightToLeft()).isTrue();
        assertThat(plan.document().direction()).isEqualTo("rtl");
        assertThat(plan.rows(0)).extracting(Row::direction).containsOnly(Direction.RIGHT_TO_LEFT);
    }

    @Test
    void anEntryInARightToLeftLanguageRunsRightToLeftInALeftToRightBulletin() {
        LayoutPlan plan = LayoutPlan.of(Samples.read(Path.of("samples", "community-languages.json")),
                RenderOptions.defaults());

        assertThat(plan.document().rightToLeft()).isFalse();
        assertThat(plan.rows(0)).extracting(Row::topic, Row::direction).containsExactly(
                tuple("बच्चों की ऑनलाइन सुरक्षा", Direction.LEFT_TO_RIGHT),
                tuple("শিশুদের নিরাপত্তা", Direction.LEFT_TO_RIGHT),
                tuple("ਪਰਿਵਾਰਾਂ ਲਈ ਸਹਾਇਤਾ", Direction.LEFT_TO_RIGHT),
                tuple("بچوں کی حفاظت", Direction.RIGHT_TO_LEFT),
                tuple("בטיחות ברשת", Direction.RIGHT_TO_LEFT),
                tuple("儿童网络安全", Direction.LEFT_TO_RIGHT));
    }
}
