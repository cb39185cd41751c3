package io.github.bulletinkit.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.HtmlCheckers;
import io.github.bulletinkit.testing.Samples;
import io.github.bulletinkit.testing.ScriptFonts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Arabic bulletin as a web page runs right to left; an Urdu or Hebrew entry in an English one runs right to
 * left in its own cells; the theme's fallback fonts follow its typeface in the page's font families.
 */
class HtmlRightToLeftTest {

    private static final Bulletin ARABIC = Samples.read(Path.of("samples", "tahdithat-alhimaya.json"));
    private static final Bulletin COMMUNITY = Samples.read(Path.of("samples", "community-languages.json"));

    @TempDir
    Path folder;

    private static String html(HtmlRenderer renderer, Bulletin bulletin) {
        return new String(renderer.render(bulletin), StandardCharsets.UTF_8);
    }

    @Test
    void anArabicPageRunsRightToLeftWithItsOwnLabels() {
        Document page = Jsoup.parse(html(HtmlRenderer.create(), ARABIC));

        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(page.select("thead th")).extracting(Element::text).containsExactly("المعلومات", "الرابط");
        assertThat(page.select("td[dir]")).isEmpty();
        assertThat(page.select("td p.bk-source").first().text()).isEqualTo("المصدر: مفوضة الأطفال في إنجلترا");
    }

    @Test
    void onlyTheCellsOfRightToLeftEntriesTurnInALeftToRightPage() {
        Document page = Jsoup.parse(html(HtmlRenderer.create(), COMMUNITY));

        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.select("tbody tr")).extracting(row -> row.select("td[dir=rtl]").size())
                .containsExactly(0, 0, 0, 2, 2, 0);
        assertThat(page.select("td[dir=rtl] h2")).extracting(Element::text)
                .containsExactly("بچوں کی حفاظت", "בטיחות ברשת");
    }

    @Test
    void theFallbackFontsFollowTheTypefaceInTheFontFamilies() {
        String page = html(HtmlRenderer.builder().theme(ScriptFonts.theme()).build(), COMMUNITY);

        assertThat(page).contains("font-family: \"Arial\", \"Liberation Sans\", \"Noto Sans Arabic\", \"Noto Sans Hebrew\","
                + " \"Noto Sans Devanagari\", \"Noto Sans Bengali\", \"Noto Sans Gurmukhi\", \"Droid Sans Fallback\"");
    }

    @Test
    void bothPagesAreValidAndAccessible() throws Exception {
        HtmlCheckers checkers = HtmlCheckers.require();

        checkers.assertClean(Files.writeString(folder.resolve("ar.html"), html(HtmlRenderer.create(), ARABIC),
                StandardCharsets.UTF_8), null);
        checkers.assertClean(Files.writeString(folder.resolve("community.html"),
                html(HtmlRenderer.builder().theme(ScriptFonts.theme()).build(), COMMUNITY), StandardCharsets.UTF_8),
                null);
    }
}
