package io.github.bulletinkit.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import io.github.bulletinkit.theme.Rgb;
import io.github.bulletinkit.theme.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one place that decides what a bulletin says, in what order and how it looks. */
class LayoutPlanTest {

    private static final Bulletin BULLETIN = Bulletin.builder("Safeguarding Updates")
            .subtitle("December 2024").publisher("Example Partnership").language("en-GB")
            .entry(Entry.builder().topic("Children in need").source("Children’s Commissioner")
                    .published(LocalDate.of(2024, 12, 12))
                    .paragraph(RichText.builder().text("A report on ").link("deaths", "https://example.org/r")
                            .add(Run.link(" of children", "https://example.org/r", Style.BOLD)).text(".")
                            .link("Elsewhere", "https://example.org/other").build())
                    .paragraph("Second paragraph.")
                    .link("Read the report:", "Deaths of children in need", "https://example.org/report")
                    .link("", "No address", "")
                    .build())
            .build();
    private static final LayoutPlan PLAN = LayoutPlan.of(BULLETIN, RenderOptions.defaults());

    @Test
    void theHeadingIsTitleSubtitleAndPublisherTheLastSpacedFromTheTable() {
        assertThat(PLAN.heading()).extracting(Block::role, Block::place, Block::text).containsExactly(
                tuple(Role.TITLE, "title", "Safeguarding Updates"),
                tuple(Role.SUBTITLE, "subtitle", "December 2024"),
                tuple(Role.PUBLISHER, "publisher", "Example Partnership"));
        assertThat(PLAN.heading().get(2).style().spaceAfter()).isEqualTo(12f);
        assertThat(PLAN.heading().get(0).style().spaceAfter()).isEqualTo(3f);
    }

    @Test
    void aRowReadsTopicSourceDateSummaryThenLinksEachWithItsPlace() {
        Row row = PLAN.rows().iterator().next();
        assertThat(row.information()).extracting(Block::role, Block::place, Block::text).containsExactly(
                tuple(Role.TOPIC, "entries[0].topic", "Children in need"),
                tuple(Role.SOURCE, "entries[0].source", "Source: Children’s Commissioner"),
                tuple(Role.PUBLISHED, "entries[0].published", "Date published: 12 December 2024"),
                tuple(Role.SUMMARY, "entries[0].summary[0]", "A report on deaths of children.Elsewhere"),
                tuple(Role.SUMMARY, "entries[0].summary[1]", "Second paragraph."));
        assertThat(row.links()).extracting(CellPart::place, part -> ((Block) part).text()).containsExactly(
                tuple("entries[0].links[0]", "Read the report: Deaths of children in need"),
                tuple("entries[0].links[1]", "No address"));
    }

    @Test
    void neighbouringRunsToOneAddressAreOneLinkAndOnlyTheLinkTextLeadsThere() {
        List<Span> summary = PLAN.row(0).information().get(3).spans();
        assertThat(summary).extracting(Span::text, Span::url).containsExactly(
                tuple("A report on ", ""), tuple("deaths of children", "https://example.org/r"), tuple(".", ""),
                tuple("Elsewhere", "https://example.org/other"));
        assertThat(((Block) PLAN.row(0).links().get(0)).spans()).extracting(Span::text, Span::url).containsExactly(
                tuple("Read the report: ", ""), tuple("Deaths of children in need", "https://example.org/report"));
        assertThat(((Block) PLAN.row(0).links().get(1)).spans()).extracting(Span::isLink).containsExactly(false);
    }

    @Test
    void sizesScaleFromTheBaseSizeAndColoursComeFromTheTheme() {
        Theme theme = Theme.builder().accent(Rgb.parse("#005EA5")).secondary(Rgb.parse("#505050")).build();
        Styles styles = Styles.of(RenderOptions.builder().baseFontSize(12).theme(theme).build());
        TextStyle title = styles.of(Role.TITLE);
        assertThat(title.size()).isEqualTo(24);
        assertThat(title.bold()).isTrue();
        assertThat(title.colour()).isEqualTo(Rgb.parse("#005EA5"));
        assertThat(title.lineHeight()).isCloseTo(32.4f, within(0.001f));
        assertThat(title.spaceAfter()).isCloseTo(3.6f, within(0.001f));
        assertThat(styles.of(Role.TOPIC).size()).isCloseTo(13.8f, within(0.001f));
        assertThat(styles.of(Role.SOURCE).colour()).isEqualTo(Rgb.parse("#505050"));
        assertThat(styles.of(Role.COLUMN_HEADING).colour()).as("white on the accent").isEqualTo(Theme.WHITE);
        assertThat(styles.of(Role.FOOTER).size()).isCloseTo(9.6f, within(0.001f));
        assertThat(styles.cellPadding().top()).isCloseTo(8.4f, within(0.001f));
        assertThat(styles.cellPadding().bottom()).isCloseTo(10.8f, within(0.001f));
    }

    @Test
    void theWordsAroundTheModelsTextAreSaidOnce() {
        assertThat(PLAN.footer(2, 7).text()).isEqualTo("Page 2 of 7");
        assertThat(PLAN.footerWords()).containsExactly("Page ", " of ", "");
        assertThat(PLAN.columnHeadings()).extracting(Block::text).containsExactly("Information", "Link");
        assertThat(PLAN.tableSummary(0)).isEqualTo("1 entry, one a row. The Information column gives each entry's"
                + " topic, source, date published and summary; the Link column gives links to read more.");
    }

    @Test
    void rowsComeInTheBulletinsOrder() {
        List<String> topics = new ArrayList<>();
        Bulletin two = Bulletin.builder("T").entries(List.of(BULLETIN.entries().get(0),
                Entry.builder().topic("Second").source("s").published(LocalDate.of(2025, 1, 1)).paragraph("p")
                        .build())).build();
        LayoutPlan.of(two, RenderOptions.defaults()).rows().forEach(row -> topics.add(row.topic()));
        assertThat(topics).containsExactly("Children in need", "Second");
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
