package io.github.bulletinkit.email;

import io.github.bulletinkit.html.internal.BlockElements;
import io.github.bulletinkit.html.internal.Css;
import io.github.bulletinkit.layout.AddressBlock;
import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.CellPart;
import io.github.bulletinkit.layout.CellVisitor;
import io.github.bulletinkit.layout.Contents;
import io.github.bulletinkit.layout.Direction;
import io.github.bulletinkit.layout.DocumentInfo;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.layout.PlanVisitor;
import io.github.bulletinkit.layout.QrBlock;
import io.github.bulletinkit.layout.Role;
import io.github.bulletinkit.layout.Row;
import io.github.bulletinkit.layout.SectionHeading;
import io.github.bulletinkit.layout.Styles;
import io.github.bulletinkit.theme.Theme;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * The email's HTML part, written for mail clients, which drop style sheets and the {@code html} element's
 * attributes and rewrite colours left implicit: every element carries its style inline with explicit colours;
 * layout tables have {@code role="presentation"}; a centred container at most 600 px wide; {@code lang} and
 * {@code dir} again on a wrapper inside the body; space made with padding, never with empty cells.
 */
final class EmailBody {

    private static final String CONTAINER_WIDTH = "600px";

    private final LayoutPlan plan;
    private final BlockElements elements;
    private final Css css;
    private final String align;

    private EmailBody(LayoutPlan plan) {
        this.plan = plan;
        // Not "start": some clients know only left and right.
        this.align = plan.document().rightToLeft() ? "right" : "left";
        this.elements = BlockElements.withInlineStyles(plan);
        this.css = elements.css();
    }

    /** The HTML, the logo, when there is one, shown from {@code logoUrl}. */
    static String of(LayoutPlan plan, String logoUrl) {
        EmailBody body = new EmailBody(plan);
        Writing writing = body.new Writing(logoUrl);
        plan.accept(writing);
        writing.document.outputSettings().charset(StandardCharsets.UTF_8);
        return writing.document.outerHtml() + "\n";
    }

    /** The document, made from the plan's parts as they come. */
    private final class Writing implements PlanVisitor {
        private final String logoUrl;
        private final Document document = Document.createShell("");
        private final String rule = Css.ruleWidth() + " solid " + Css.colour(plan.ruleColour());
        private Element container;
        private Element heading;
        private Element table;

        Writing(String logoUrl) {
            this.logoUrl = logoUrl;
        }

        @Override
        public void document(DocumentInfo info) {
            String paper = Css.colour(Theme.WHITE);
            document.prependChild(new DocumentType("html", "", ""));
            document.firstElementChild().attr("lang", info.language()).attr("dir", info.direction());
            Element head = document.head();
            head.appendElement("meta").attr("charset", "utf-8");
            head.appendElement("meta").attr("name", "viewport").attr("content",
                    "width=device-width, initial-scale=1");
            // The colours are the theme's, chosen for white paper: dark modes that honour this leave them alone.
            head.appendElement("meta").attr("name", "color-scheme").attr("content", "light");
            head.appendElement("meta").attr("name", "supported-color-schemes").attr("content", "light");
            head.appendElement("title").text(info.title());
            Element body = document.body().attr("style", "margin: 0; padding: 0; background-color: " + paper
                    + "; color: " + Css.colour(plan.styles().theme().text()));
            Element wrapper = body.appendElement("div").attr("lang", info.language())
                    .attr("dir", info.direction())
                    .attr("style", "margin: 0; padding: 16px 8px; background-color: " + paper);
            container = layoutTable(wrapper, "width: 100%; max-width: " + CONTAINER_WIDTH
                    + "; margin: 0 auto; background-color: " + paper);
            heading = layoutCell(container.appendElement("tr"), "padding: 0");
        }

        @Override
        public void logo(LayoutPlan.Picture logo) {
            if (!logoUrl.isEmpty()) {
                elements.logo(heading, logo, logoUrl);
            }
        }

        @Override
        public void heading(Block line) {
            elements.block(heading, line);
        }

        @Override
        public void paragraph(Block paragraph) {
            Element cell = layoutCell(container.appendElement("tr"), "padding: 0");
            elements.block(cell, paragraph);
        }

        @Override
        public void contents(Contents contents) {
            Element cell = layoutCell(container.appendElement("tr"), "padding: 0");
            elements.block(cell, contents.heading());
            // A list of paragraphs, not ol: clients restyle lists, and their markers and indents vary.
            for (Contents.Item item : contents.items()) {
                elements.linked(cell, "p", item.text(), "#" + item.anchor());
            }
        }

        @Override
        public void section(SectionHeading section) {
            Element cell = layoutCell(container.appendElement("tr"), "padding: 0");
            elements.block(cell, section.heading()).id(section.anchor());
        }

        @Override
        public void startTable(List<Block> columnHeadings, String summary) {
            table = layoutTable(layoutCell(container.appendElement("tr"), "padding: 0"), "width: 100%; border: "
                    + rule + "; background-color: " + Css.colour(Theme.WHITE));
            Element headings = table.appendElement("tr");
            for (int i = 0; i < columnHeadings.size(); i++) {
                Element cell = elements.block(headings, "td", columnHeadings.get(i));
                cell.attr("style", cell.attr("style") + "; text-align: " + align + "; vertical-align: top; padding: "
                        + css.padding(plan.styles().headerPadding()) + "; background-color: "
                        + Css.colour(plan.headerFill()) + "; border: " + rule + "; width: " + width(i));
            }
        }

        @Override
        public void row(Row row) {
            Element tr = table.appendElement("tr");
            cell(tr, row.information(), rule, 0, row);
            cell(tr, shown(row.links()), rule, 1, row);
        }

        @Override
        public void endTable() {
            // The table is whole.
        }

        @Override
        public void footer(List<String> words) {
            // An email has no pages.
        }
    }

    /**
     * The parts of a links cell that an email shows, in both its parts: links and printed addresses, which link
     * too; no codes.
     */
    static List<Block> shown(List<CellPart> parts) {
        List<Block> blocks = new ArrayList<>(parts.size());
        CellVisitor shown = new CellVisitor() {
            @Override
            public void paragraph(Block block) {
                blocks.add(block);
            }

            @Override
            public void address(AddressBlock address) {
                blocks.add(address.asLink());
            }

            @Override
            public void qrCode(QrBlock code) {
                // A reader of an email has the link itself.
            }
        };
        parts.forEach(part -> part.accept(shown));
        return blocks;
    }

    /** A cell of an entry's row; a topic in it is the heading of {@code level}. */
    private void cell(Element row, List<Block> blocks, String rule, int column, Row entry) {
        int level = entry.level();
        // An entry in a language of the other direction than the bulletin's runs its own way in its cells.
        boolean turned = !entry.direction().html().equals(plan.document().direction());
        String alignment = !turned ? align : entry.direction() == Direction.RIGHT_TO_LEFT ? "right" : "left";
        Element cell = layoutCell(row, "padding: " + css.padding(plan.styles().cellPadding()) + "; border: " + rule
                + "; width: " + width(column) + "; word-break: break-word; overflow-wrap: anywhere", alignment);
        if (turned) {
            cell.attr("dir", entry.direction().html());
        }
        for (int i = 0; i < blocks.size(); i++) {
            Element block = blocks.get(i).role() == Role.TOPIC ? elements.topic(cell, blocks.get(i), level)
                    : elements.block(cell, blocks.get(i));
            // As in the other formats, no space above the first block of a cell, nor below its last.
            if (i == 0) {
                block.attr("style", block.attr("style") + "; margin-top: 0");
            }
            if (i == blocks.size() - 1) {
                block.attr("style", block.attr("style") + "; margin-bottom: 0");
            }
        }
    }

    private String width(int column) {
        float share = column == 0 ? plan.informationShare() : 1 - plan.informationShare();
        return Css.number(share * 100) + "%";
    }

    private Element layoutTable(Element parent, String style) {
        return parent.appendElement("table").attr("role", "presentation")
                .attr("style", "border-collapse: collapse; border-spacing: 0; " + style);
    }

    private Element layoutCell(Element row, String style) {
        return layoutCell(row, style, align);
    }

    private Element layoutCell(Element row, String style, String alignment) {
        return row.appendElement("td").attr("style", "vertical-align: top; text-align: " + alignment + "; font-family: "
                + css.fontFamily() + "; font-size: " + css.length(plan.options().baseFontSize()) + "; line-height: "
                + Styles.LINE_HEIGHT + "; color: " + Css.colour(plan.styles().theme().text()) + "; " + style);
    }
}
