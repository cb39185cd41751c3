package io.github.bulletinkit.html;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import java.time.LocalDate;

/** Bulletins for the HTML and email tests: rich text, and text that looks like markup. */
public final class HtmlBulletins {

    /** A topic that would close a cell and run a script, were it markup. */
    public static final String SCRIPT_TOPIC = "</td><script>alert(1)</script>";

    private HtmlBulletins() {
    }

    /** One entry with every inline style, an inline link, a break and a tab, and two links, one without address. */
    public static Bulletin rich() {
        return Bulletin.builder("Rich Bulletin").subtitle("Every kind of text").publisher("Example Partnership")
                .entry(Entry.builder().topic("Emphasis & links").source("Example Source")
                        .published(LocalDate.of(2025, 1, 6))
                        .paragraph(RichText.builder().text("Plain, ").bold("bold").text(", ").italic("italic")
                                .text(", ").underline("underlined").text(" and ")
                                .add(Run.styled("all three", Style.BOLD, Style.ITALIC, Style.UNDERLINE))
                                .text(". See ").link("the guidance", "https://example.org/inline").text(" now.")
                                .build())
                        .paragraph("First line\nsecond line\tafter a tab.")
                        .link("Search:", "Query with two parameters", "https://example.org/search?a=1&b=2")
                        .link(Link.of("Ask at", "the front desk"))
                        .build())
                .build();
    }

    /** Every text of the bulletin looks like markup, and none of it may become any. */
    public static Bulletin markupLookalike() {
        return Bulletin.builder("<b>Title</b> & \"quotes\"").subtitle("<i>not italic</i>")
                .publisher("<img src=x onerror=alert(2)>").columns("<th>Information", "Link</th>")
                .entry(Entry.builder().topic(SCRIPT_TOPIC).source("<a href=\"https://evil.example\">source</a>")
                        .published(LocalDate.of(2025, 2, 3)).paragraph("&lt;escaped&gt; already, and <br> here")
                        .link("<style>", "body{display:none}", "https://example.org/?a=1&b='2'")
                        .build())
                .build();
    }
}
