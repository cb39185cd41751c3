package io.github.bulletinkit.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.contract.ContractBulletins;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Section;
import io.github.bulletinkit.testing.Samples;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan of a bulletin with an introduction, sections and a closing: what it says, and in what order. */
class SectionsPlanTest {

    /** Every part the plan hands a visitor, one line each. */
    private static List<String> parts(LayoutPlan plan) {
        List<String> parts = new ArrayList<>();
        plan.accept(new PlanVisitor() {
            @Override
            public void document(DocumentInfo document) {
                parts.add("document");
            }

            @Override
            public void logo(LayoutPlan.Picture logo) {
                parts.add("logo");
            }

            @Override
            public void heading(Block line) {
                parts.add(line.role() + " " + line.text());
            }

            @Override
            public void paragraph(Block paragraph) {
                parts.add(paragraph.role() + " " + paragraph.place());
            }

            @Override
            public void contents(Contents contents) {
                parts.add("contents " + contents.heading().text() + " " + contents.items().stream()
                        .map(item -> item.text().text() + ">" + item.anchor()).toList());
            }

            @Override
            public void section(SectionHeading section) {
                parts.add("section " + section.index() + " " + section.heading().text() + " #" + section.anchor());
            }

            @Override
            public void startTable(List<Block> columnHeadings, String summary) {
                parts.add("table: " + summary.substring(0, summary.indexOf(',')));
            }

            @Override
            public void row(Row row) {
                parts.add("row " + row.index() + " h" + row.level() + " " + row.information().get(0).place());
            }

            @Override
            public void endTable() {
                parts.add("end");
            }

            @Override
            public void footer(List<String> words) {
                parts.add("footer");
            }
        });
        return parts;
    }

    @Test
    void theIntroductionContentsSectionsTablesAndClosingComeInReadingOrder() {
        LayoutPlan plan = LayoutPlan.of(ContractBulletins.sectioned(), RenderOptions.defaults());

        assertThat(parts(plan)).containsExactly(
                "document",
                "TITLE Safeguarding Partnership Bulletin", "SUBTITLE Spring 2025",
                "PUBLISHER Example Safeguarding Partnership",
                "INTRODUCTION introduction[0]", "INTRODUCTION introduction[1]",
                "contents Contents [Research and reports>section-1, Policy and guidance>section-2,"
                        + " Training and events>section-3]",
                "section 0 Research and reports #section-1", "table: 2 entries",
                "row 0 h3 sections[0].entries[0].topic", "row 1 h3 sections[0].entries[1].topic", "end",
                "section 1 Policy and guidance #section-2", "table: 1 entry",
                "row 2 h3 sections[1].entries[0].topic", "end",
                "section 2 Training and events #section-3", "table: 1 entry",
                "row 3 h3 sections[2].entries[0].topic", "end",
                "CLOSING closing[0]", "CLOSING closing[1]",
                "footer");
    }

    @Test
    void aBulletinWithoutSectionsHasOneTableOfTopicsAtTheSecondLevel() {
        LayoutPlan plan = LayoutPlan.of(Samples.sample(), RenderOptions.defaults());

        assertThat(plan.tableCount()).isEqualTo(1);
        assertThat(plan.sections()).isEmpty();
        assertThat(plan.contents()).isEmpty();
        assertThat(parts(plan)).filteredOn(part -> part.startsWith("row")).hasSize(9)
                .allMatch(row -> row.contains(" h2 entries["));
    }

    @Test
    void withoutSectionsTheLastParagraphOfTheIntroductionStandsOffTheTableAsTheHeadingDoes() {
        Bulletin flat = Bulletin.builder("B").introduction(RichText.of("One.")).introduction(RichText.of("Two."))
                .entry(Entry.builder().topic("T").source("S").published(LocalDate.of(2025, 1, 1)).paragraph("x")
                        .build())
                .build();
        LayoutPlan plan = LayoutPlan.of(flat, RenderOptions.defaults());
        LayoutPlan sectioned = LayoutPlan.of(ContractBulletins.sectioned(), RenderOptions.defaults());
        float paragraph = plan.styles().of(Role.INTRODUCTION).spaceAfter();

        assertThat(plan.introduction()).extracting(block -> block.style().spaceAfter())
                .containsExactly(paragraph, plan.styles().belowHeading());
        assertThat(sectioned.introduction()).extracting(block -> block.style().spaceAfter())
                .containsOnly(paragraph);
    }

    @Test
    void oneSectionHasItsHeadingButNoContentsList() {
        Entry entry = Entry.builder().topic("T").source("S").published(LocalDate.of(2025, 1, 1)).paragraph("x")
                .build();
        LayoutPlan plan = LayoutPlan.of(Bulletin.builder("B").section(Section.of("Only", entry)).build(),
                RenderOptions.defaults());

        assertThat(plan.contents()).isEmpty();
        assertThat(parts(plan)).contains("section 0 Only #section-1", "row 0 h3 sections[0].entries[0].topic");
    }

    @Test
    void theRowsOfEachTableAreItsSectionsEntriesAndTheSummaryCountsThem() {
        LayoutPlan plan = LayoutPlan.of(Samples.sectioned(), RenderOptions.defaults());
        Bulletin bulletin = Samples.sectioned();

        for (int table = 0; table < plan.tableCount(); table++) {
            List<String> topics = new ArrayList<>();
            plan.rows(table).forEach(row -> topics.add(row.topic()));
            assertThat(topics).isEqualTo(bulletin.sections().get(table).entries().stream().map(Entry::topic)
                    .toList());
            int count = topics.size();
            assertThat(plan.tableSummary(table)).startsWith(count == 1 ? "1 entry," : count + " entries,");
        }
        assertThat(plan.introduction()).extracting(Block::role).containsOnly(Role.INTRODUCTION);
        assertThat(plan.closing()).extracting(Block::role).containsOnly(Role.CLOSING);
    }
}
