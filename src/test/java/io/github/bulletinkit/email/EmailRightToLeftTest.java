package io.github.bulletinkit.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.Samples;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** An Arabic email runs right to left, aligned right; an Urdu or Hebrew entry in an English one, in its cells. */
class EmailRightToLeftTest {

    @Test
    void anArabicEmailRunsRightToLeftAlignedRight() throws Exception {
        Document html = Jsoup.parse(EmailMessage.read(EmailRenderer.create()
                .render(Samples.read(Path.of("samples", "tahdithat-alhimaya.json")))).html());

        assertThat(html.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(html.select("td[style*=text-align: left]")).isEmpty();
        assertThat(html.select("td[dir]")).isEmpty();
    }

    @Test
    void theCellsOfARightToLeftEntryTurnInALeftToRightEmail() throws Exception {
        Bulletin community = Samples.read(Path.of("samples", "community-languages.json"));
        Document html = Jsoup.parse(EmailMessage.read(EmailRenderer.create().render(community)).html());

        assertThat(html.select("td[dir=rtl]")).hasSize(4).allSatisfy(cell ->
                assertThat(cell.attr("style")).contains("text-align: right"));
        assertThat(html.select("td[dir=rtl] h2")).extracting(Element::text)
                .containsExactly("بچوں کی حفاظت", "בטיחות ברשת");
    }
}
