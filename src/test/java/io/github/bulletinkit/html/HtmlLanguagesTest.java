package io.github.bulletinkit.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.HtmlCheckers;
import io.github.bulletinkit.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Welsh sample as a web page: Welsh labels and dates, and lang on each part in another language. */
class HtmlLanguagesTest {

    private static final Bulletin WELSH = Samples.read(Path.of("samples", "diweddariadau-diogelu.json"));

    @TempDir
    Path folder;

    private static String html(Bulletin bulletin) {
        return new String(HtmlRenderer.create().render(bulletin), StandardCharsets.UTF_8);
    }

    @Test
    void theWelshPageIsWelshAndMarksItsEnglishParts() {
        Document page = Jsoup.parse(html(WELSH));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("cy");
        assertThat(page.select("thead th")).extracting(Element::text).containsExactly("Gwybodaeth", "Dolen");
        assertThat(page.select("td p.bk-source").first().text()).isEqualTo("Ffynhonnell: NSPCC Learning");
        assertThat(page.select("td p.bk-published").first().text()).isEqualTo("Dyddiad cyhoeddi: 06 Ionawr 2025");
        assertThat(page.select("span[lang=en]")).extracting(Element::text).containsExactly(
                "Summary of the Child Safeguarding Practice Review Panel annual report 2023/24",
                "Deaths of children in need");
        assertThat(page.select("h2 > span[lang=en-GB]").text()).isEqualTo("Online safety");
        assertThat(page.select("p.bk-source span[lang]")).extracting(Element::text).containsExactly("Ofcom");
    }

    @Test
    void theWelshPageIsValidAndAccessible() throws Exception {
        HtmlCheckers checkers = HtmlCheckers.require();

        checkers.assertClean(Files.writeString(folder.resolve("cy.html"), html(WELSH), StandardCharsets.UTF_8), null);
    }
}
