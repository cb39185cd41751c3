package io.github.bulletinkit.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Label;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.testing.Samples;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the plan says in the bulletin's language, and which of its runs it marks as in another. */
class LanguagesPlanTest {

    private static final Bulletin WELSH = Samples.read(Path.of("samples", "diweddariadau-diogelu.json"));

    private static List<Run> runs(Block block) {
        return block.spans().stream().flatMap(span -> span.runs().stream()).toList();
    }

    @Test
    void aWelshBulletinsLabelsDatesFooterSummaryAndContentsAreWelsh() {
        LayoutPlan plan = LayoutPlan.of(WELSH, RenderOptions.defaults());
        Row first = plan.row(0);

        assertThat(first.information().get(1).text()).isEqualTo("Ffynhonnell: NSPCC Learning");
        assertThat(first.information().get(2).text()).isEqualTo("Dyddiad cyhoeddi: 06 Ionawr 2025");
        assertThat(plan.footer(1, 3).text()).isEqualTo("Tudalen 1 o 3");
        assertThat(plan.footerWords()).containsExactly("Tudalen ", " o ", "");
        assertThat(plan.tableSummary(0)).startsWith("3 eitem, un i bob rhes. Mae colofn Gwybodaeth");
        assertThat(plan.columnHeadings()).extracting(Block::text).containsExactly("Gwybodaeth", "Dolen");
        assertThat(plan.words().contents()).isEqualTo("Cynnwys");
        assertThat(plan.document().language()).isEqualTo("cy");
    }

    @Test
    void anEntrysLanguageMarksItsOwnTextAndNotTheLabels() {
        LayoutPlan plan = LayoutPlan.of(WELSH, RenderOptions.defaults());
        Row english = plan.row(2);

        assertThat(runs(english.information().get(0))).extracting(Run::language).containsExactly("en-GB");
        assertThat(runs(english.information().get(1))).extracting(Run::text, Run::language)
                .containsExactly(tuple("Ffynhonnell: ", ""), tuple("Ofcom", "en-GB"));
        assertThat(runs(english.information().get(2))).extracting(Run::language).containsOnly("");
        assertThat(runs(english.information().get(3))).extracting(Run::language).containsOnly("en-GB");
        assertThat(english.links()).allSatisfy(part -> assertThat(runs((Block) part)).extracting(Run::language)
                .containsOnly("en-GB"));
        assertThat(runs((Block) plan.row(0).links().get(0))).extracting(Run::text, Run::language).containsExactly(
                tuple("Darllenwch y briff: ", ""),
                tuple("Summary of the Child Safeguarding Practice Review Panel annual report 2023/24", "en"));
    }

    @Test
    void theBulletinsOwnLanguageIsNeverMarkedAndAnEnglishBulletinIsUnmarked() {
        Bulletin bulletin = Bulletin.builder("Safeguarding Updates").language("en-GB")
                .entry(Entry.builder().topic("Croeso").source("Llywodraeth Cymru").published(LocalDate.of(2025, 1, 6))
                        .paragraph(RichText.builder().text("Hello ").add(Run.plain("again").inLanguage("EN-gb"))
                                .add(Run.plain(" croeso").inLanguage("cy")).build())
                        .language("cy").build())
                .entry(Entry.builder().topic("Plain").source("S").published(LocalDate.of(2025, 1, 6)).paragraph("x")
                        .build())
                .build();
        LayoutPlan plan = LayoutPlan.of(bulletin, RenderOptions.defaults());

        assertThat(runs(plan.row(0).information().get(3))).extracting(Run::text, Run::language)
                .containsExactly(tuple("Hello ", "cy"), tuple("again", ""), tuple(" croeso", "cy"));
        assertThat(plan.row(1).information()).allSatisfy(block -> assertThat(runs(block)).extracting(Run::language)
                .containsOnly(""));
        assertThat(runs(plan.row(1).information().get(1))).as("one run, as before languages").hasSize(1);
    }

    @Test
    void theEnglishLabelsOfALanguageWithoutItsOwnAreMarkedEnglish() {
        Bulletin polish = Bulletin.builder("Biuletyn").language("pl").label(Label.SOURCE, "Źródło:")
                .entry(Entry.builder().topic("Temat").source("Ofcom").published(LocalDate.of(2025, 1, 6))
                        .paragraph("Tekst.").build())
                .build();
        LayoutPlan plan = LayoutPlan.of(polish, RenderOptions.defaults());

        assertThat(runs(plan.row(0).information().get(1))).extracting(Run::text, Run::language)
                .containsExactly(tuple("Źródło: Ofcom", ""));
        assertThat(runs(plan.row(0).information().get(2))).extracting(Run::text, Run::language)
                .containsExactly(tuple("Date published: ", "en"), tuple("06 stycznia 2025", ""));
        assertThat(plan.columnHeadings()).allSatisfy(heading -> assertThat(runs(heading)).extracting(Run::language)
                .containsOnly("en"));
    }
}
