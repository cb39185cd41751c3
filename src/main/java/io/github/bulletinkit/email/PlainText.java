package io.github.bulletinkit.email;

import io.github.bulletinkit.layout.AddressBlock;
import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.CellVisitor;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.layout.QrBlock;
import io.github.bulletinkit.layout.Row;
import io.github.bulletinkit.layout.Span;

/**
 * The email's plain-text part, a rendering of its own: the title underlined with {@code =}, the heading lines,
 * then each entry with its topic underlined with {@code -}, its source and date, its paragraphs, and its links
 * as {@code Prefix Text: <url>} lines. A link inside a paragraph is its text followed by {@code <url>}. Lines
 * are not wrapped: mail clients wrap plain text to their window, and an address must stay whole.
 */
final class PlainText {

    private final StringBuilder text = new StringBuilder();

    private PlainText() {
    }

    static String of(LayoutPlan plan) {
        return new PlainText().write(plan);
    }

    private String write(LayoutPlan plan) {
        boolean first = true;
        for (Block line : plan.heading()) {
            String words = words(line);
            text.append(words).append('\n');
            if (first) {
                underline(words, '=');
                text.append('\n');
                first = false;
            }
        }
        for (Row row : plan.rows()) {
            text.append("\n\n");
            for (Block block : row.information()) {
                switch (block.role()) {
                    case TOPIC -> {
                        String topic = words(block);
                        text.append(topic).append('\n');
                        underline(topic, '-');
                    }
                    case SOURCE -> text.append(words(block)).append('\n');
                    case PUBLISHED -> text.append(words(block)).append('\n');
                    default -> text.append('\n').append(words(block)).append('\n');
                }
            }
            if (!row.links().isEmpty()) {
                text.append('\n');
            }
            CellVisitor links = new CellVisitor() {
                @Override
                public void paragraph(Block link) {
                    text.append(link(link)).append('\n');
                }

                @Override
                public void address(AddressBlock address) {
                    text.append(link(address.asLink())).append('\n');
                }

                @Override
                public void qrCode(QrBlock code) {
                    // Plain text has no pictures; the link's line has its address.
                }
            };
            row.links().forEach(part -> part.accept(links));
        }
        return text.toString();
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
