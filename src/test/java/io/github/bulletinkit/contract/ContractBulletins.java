package io.github.bulletinkit.contract;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Section;
import java.time.LocalDate;

/** Bulletins that hold every part a plan can have, made in code so that an outside project needs no files. */
public final class ContractBulletins {

    private ContractBulletins() {
    }

    /**
     * A subtitle, a publisher, and entries whose summaries have emphasis and links in the running text, whose
     * links have prefixes or none, addresses or none.
     *
     * @return the bulletin; never null
     */
    public static Bulletin everyPart() {
        return Bulletin.builder("Safeguarding Partnership Bulletin")
                .subtitle("Spring 2025")
                .publisher("Example Safeguarding Partnership")
                .columns("Information", "Link")
                .entry(Entry.builder()
                        .topic("Children in need")
                        .source("Children’s Commissioner for England")
                        .published(LocalDate.of(2025, 1, 6))
                        .paragraph(RichText.builder().text("The Commissioner has published a report on ")
                                .bold("deaths of children in need").text(", which looks at ")
                                .italic("characteristics and risks").text(".").build())
                        .paragraph(RichText.builder().text("It follows the ")
                                .link("annual review", "https://example.org/review").text(" of last year.").build())
                        .link("Read the report:", "Deaths of children in need", "https://example.org/report")
                        .link("", "The review's own page", "https://example.org/review")
                        .build())
                .entry(Entry.builder()
                        .topic("Online safety")
                        .source("Ofcom")
                        .published(LocalDate.of(2024, 12, 16))
                        .paragraph("Codes of practice on illegal harms online come into force in March.")
                        .link("See also on the partnership site >", "Preventing online harm", "")
                        .build())
                .build();
    }

    /**
     * A bulletin of three sections, with an introduction, a contents list and a closing whose links call and
     * write to the team.
     *
     * @return the bulletin; never null
     */
    public static Bulletin sectioned() {
        return Bulletin.builder("Safeguarding Partnership Bulletin")
                .subtitle("Spring 2025")
                .publisher("Example Safeguarding Partnership")
                .introduction(RichText.builder().text("Welcome to the spring bulletin. This edition brings ")
                        .bold("new national guidance").text(" and the partnership's training dates.").build())
                .introduction(RichText.of("With thanks to everyone who contributed."))
                .section(Section.of("Research and reports", Entry.builder()
                        .topic("Children in need")
                        .source("Children’s Commissioner for England")
                        .published(LocalDate.of(2025, 1, 6))
                        .paragraph("The Commissioner has published a report on deaths of children in need.")
                        .link("Read the report:", "Deaths of children in need", "https://example.org/report")
                        .build(), Entry.builder()
                        .topic("Neglect and the cost of living")
                        .source("NSPCC Learning")
                        .published(LocalDate.of(2025, 2, 3))
                        .paragraph("A briefing on neglect in families under financial pressure.")
                        .build()))
                .section(Section.of("Policy and guidance", Entry.builder()
                        .topic("Working Together")
                        .source("Department for Education")
                        .published(LocalDate.of(2024, 12, 16))
                        .paragraph(RichText.builder().text("Updated ").italic("statutory").text(" guidance.").build())
                        .link("Read the guidance:", "Working Together to Safeguard Children",
                                "https://example.org/guidance")
                        .build()))
                .section(Section.of("Training and events", Entry.builder()
                        .topic("Multi-agency training")
                        .source("Example Safeguarding Partnership")
                        .published(LocalDate.of(2025, 3, 1))
                        .paragraph("Dates for the spring and summer courses.")
                        .build()))
                .closing(RichText.builder().text("Contact the team: ")
                        .link("team@example.org", "mailto:team@example.org").text(" or ")
                        .link("01234 567890", "tel:+441234567890").text(".").build())
                .closing(RichText.of("If a child is in immediate danger, call 999."))
                .build();
    }
}
