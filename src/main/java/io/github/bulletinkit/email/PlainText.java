package io.github.bulletinkit.email;

import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.Contents;
import io.github.bulletinkit.layout.DocumentInfo;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.layout.PlanVisitor;
import io.github.bulletinkit.layout.Row;
import io.github.bulletinkit.layout.SectionHeading;
import io.github.bulletinkit.layout.Span;
import java.util.List;

/**
 * The email's plain-text part, a rendering of its own: the title underlined with {@code =}, the heading lines,
 * the introduction, the contents list, each section's heading underlined with {@code =}, then each entry with its topic underlined with {@code -}, its source and date, its paragraphs, and its links
 * as {@code Prefix Text: <url>} lines. A link inside a paragraph is its text followed by {@code <url>}. Lines
 * are not wrapped, and the closing ends it: mail clients wrap plain text to their window, and an address must stay whole.
 */
final class PlainText implements PlanVisitor {

    private final StringBuilder text = new StringBuilder();
    private boolean first = true;

    private PlainText() {
    }

    static String of(LayoutPlan plan) {
        PlainText text = new PlainText();
        plan.accept(text);
        return text.text.toString();
    }

    @Override
    public void document(DocumentInfo document) {
        // The message's headers carry it.
    }

    @Override
    public void logo(LayoutPlan.Picture logo) {
        // Plain text has no pictures.
    }

    @Override
    public void heading(Block line) {
        String words = words(line);
        text.append(words).append('\n');
        if (first) {
            underline(words, '=');
            text.append('\n');
            first = false;
        }
    }

    @Override
    public void paragraph(Block paragraph) {
        text.append('\n').append(words(paragraph)).append('\n');
    }

    @Override
    public void contents(Contents contents) {
        String heading = words(contents.heading());
        text.append('\n').append(heading).append('\n');
        underline(heading, '-');
        contents.items().forEach(item -> text.append("- ").append(words(item.text())).append('\n'));
    }

    @Override
    public void section(SectionHeading section) {
        String heading = words(section.heading());
        text.append("\n\n\n").append(heading).append('\n');
        underline(heading, '=');
    }

    @Override
    public void startTable(List<Block> columnHeadings, String summary) {
        // No table: each entry is a section of its own, its topic underlined.
    }

    @Override
    public void row(Row row) {
        text.append("\n\n");
        for (Block block : row.information()) {
            switch (block.role()) {
                case TOPIC -> {
                    String topic = words(block);
                    text.append(topic).append('\n');
                    underline(topic, '-');
                }
                case SOURCE, PUBLISHED -> text.append(words(block)).append('\n');
                case SUMMARY -> text.append('\n').append(words(block)).append('\n');
                case LOGO, TITLE, SUBTITLE, PUBLISHER, INTRODUCTION, CONTENTS_HEADING, CONTENTS_ITEM, SECTION_HEADING,
                        COLUMN_HEADING, LINK, ADDRESS, CLOSING, FOOTER ->
                        throw new IllegalArgumentException("no " + block.role() + " in an entry's information");
            }
        }
        if (!row.links().isEmpty()) {
            text.append('\n');
        }
        EmailBody.shown(row.links()).forEach(link -> text.append(link(link)).append('\n'));
    }

    @Override
    public void endTable() {
        // The next section's heading or the closing spaces itself.
    }

    @Override
    public void footer(List<String> words) {
        // No pages.
    }

    private void underline(String line, char mark) {
        int length = line.lines().mapToInt(l -> l.codePointCount(0, l.length())).max().orElse(1);
        text.append(String.valueOf(mark).repeat(Math.max(length, 1))).append('\n');
    }

    /**
     * A link block: the prefix, the link's text, then its address, {@code Read the report: Title: <url>}; a
     * link without an address is its words alone.
     */
    private static String link(Block block) {
        StringBuilder line = new StringBuilder();
        String url = "";
        for (Span span : block.spans()) {
            line.append(plain(span.text()));
            if (span.isLink()) {
                url = span.url();
            }
        }
        return url.isEmpty() ? line.toString() : line.append(": <").append(url).append('>').toString();
    }

    /** A block's text; a link inside it is followed by its address, unless its text is the address. */
    private static String words(Block block) {
        StringBuilder words = new StringBuilder();
        for (Span span : block.spans()) {
            String spanText = plain(span.text());
            words.append(spanText);
            if (span.isLink() && !spanText.equals(span.url())) {
                words.append(" <").append(span.url()).append('>');
            }
        }
        return words.toString();
    }

    /** A tab is a space in running text, as in every format without tab stops. */
    private static String plain(String text) {
        return text.replace('\t', ' ');
    }
}
