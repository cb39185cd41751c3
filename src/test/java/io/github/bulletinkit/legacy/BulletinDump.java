package io.github.bulletinkit.legacy;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import java.util.Locale;

/** A bulletin written out line by line, so that a test can hold the whole expected result as text. */
final class BulletinDump {

    private BulletinDump() {
    }

    /**
     * The title, the column headings, then per entry its topic, source, date, one line a summary paragraph and
     * one line a link ({@code prefix | text}, then {@code | url} when there is one). Emphasis shows as
     * {@code <b>}, {@code <i>} and {@code <u>} around each run.
     */
    static String of(Bulletin bulletin) {
        StringBuilder out = new StringBuilder()
                .append(bulletin.title()).append('\n')
                .append("columns: ").append(bulletin.informationHeading()).append(" | ")
                .append(bulletin.linkHeading()).append('\n');
        for (Entry entry : bulletin.entries()) {
            out.append('\n').append(entry.topic()).append('\n')
                    .append("source: ").append(entry.source()).append('\n')
                    .append("published: ").append(entry.published()).append('\n');
            for (RichText paragraph : entry.summary()) {
                out.append("summary: ").append(marked(paragraph)).append('\n');
            }
            for (Link link : entry.links()) {
                out.append("link: ").append(link.prefix()).append(" | ").append(marked(link.text()));
                out.append(link.hasUrl() ? " | " + link.url() : "").append('\n');
            }
        }
        return out.toString();
    }

    static String marked(RichText text) {
        StringBuilder out = new StringBuilder();
        for (Run run : text.runs()) {
            String marked = run.text();
            for (Style style : new Style[] {Style.UNDERLINE, Style.ITALIC, Style.BOLD}) {
                if (run.has(style)) {
                    String tag = style.name().substring(0, 1).toLowerCase(Locale.ROOT);
                    marked = "<" + tag + ">" + marked + "</" + tag + ">";
                }
            }
            out.append(marked);
        }
        return out.toString();
    }
}
