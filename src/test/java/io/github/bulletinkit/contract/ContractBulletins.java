package io.github.bulletinkit.contract;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.RichText;
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
}
