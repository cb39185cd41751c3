package org.example.markdown;

import io.github.bulletinkit.layout.AddressBlock;
import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.CellVisitor;
import io.github.bulletinkit.layout.Contents;
import io.github.bulletinkit.layout.DocumentInfo;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.layout.PlanVisitor;
import io.github.bulletinkit.layout.QrBlock;
import io.github.bulletinkit.layout.Role;
import io.github.bulletinkit.layout.Row;
import io.github.bulletinkit.layout.SectionHeading;
import io.github.bulletinkit.layout.Span;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes the plan's parts as they come. A table cell is one line of Markdown, so its paragraphs are joined with
 * {@code <br>}. Belongs to one render.
 */
final class MarkdownWriter implements PlanVisitor {

    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|#])");

    private final Writer out;

    MarkdownWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void document(DocumentInfo document) {
        // Markdown has no metadata of its own.
    }

    @Override
    public void logo(LayoutPlan.Picture logo) {
        // A Markdown file names pictures it does not hold; the theme's logo is no file.
    }

    @Override
    public void heading(Block line) {
        write((line.role() == Role.TITLE ? "# " : "") + inline(line) + "\n\n");
    }

    @Override
    public void paragraph(Block paragraph) {
        write(inline(paragraph) + "\n\n");
    }

    @Override
    public void contents(Contents contents) {
        write("## " + inline(contents.heading()) + "\n\n");
        for (Contents.Item item : contents.items()) {
            write("- [" + inline(item.text()) + "](#" + item.anchor() + ")\n");
        }
        write("\n");
    }

    @Override
    public void section(SectionHeading section) {
        // An anchor of the plan's own name: renderers name headings' anchors each in their own way.
        write("## <a id=\"" + section.anchor() + "\"></a>" + inline(section.heading()) + "\n\n");
    }

    @Override
    public void startTable(List<Block> columnHeadings, String summary) {
        write("| " + inline(columnHeadings.get(0)) + " | " + inline(columnHeadings.get(1)) + " |\n| --- | --- |\n");
    }

    @Override
    public void row(Row row) {
        List<String> information = new ArrayList<>();
        for (Block block : row.information()) {
            information.add(block.role() == Role.TOPIC ? "**" + inline(block) + "**" : inline(block));
        }
        List<String> links = new ArrayList<>();
        CellVisitor parts = new CellVisitor() {
            @Override
            public void paragraph(Block block) {
                links.add(inline(block));
            }

            @Override
            public void address(AddressBlock address) {
                links.add("`" + address.address().text().replace("`", "") + "`");
            }

            @Override
            public void qrCode(QrBlock code) {
                // No pictures: the address printed above it stands for it.
            }
        };
        row.links().forEach(part -> part.accept(parts));
        write("| " + String.join("<br>", information) + " | " + String.join("<br>", links) + " |\n");
    }

    @Override
    public void endTable() {
        write("\n");
    }

    @Override
    public void footer(List<String> words) {
        // Markdown has no pages.
    }

    /** A block's text as Markdown on one line: emphasis marked, links written as links, line breaks as {@code <br>}. */
    private static String inline(Block block) {
        StringBuilder text = new StringBuilder();
        for (Span span : block.spans()) {
            StringBuilder words = new StringBuilder();
            for (Run run : span.runs()) {
                words.append(emphasised(run));
            }
            text.append(span.isLink() ? "[" + words + "](<" + span.url().replace(">", "%3E") + ">)" : words);
        }
        return text.toString();
    }

    private static String emphasised(Run run) {
        String text = SPECIAL.matcher(run.text()).replaceAll("\\\\$1").replace("\t", " ").replace("\n", "<br>");
        String marks = (run.has(Style.BOLD) ? "**" : "") + (run.has(Style.ITALIC) ? "_" : "");
        String inner = text.strip();
        if (marks.isEmpty() || inner.isEmpty()) {
            return text;
        }
        // Emphasis must touch its words: the spaces around them go outside the marks.
        int start = text.indexOf(inner);
        return text.substring(0, start) + marks + inner + new StringBuilder(marks).reverse()
                + text.substring(start + inner.length());
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
