package io.github.bulletinkit.html;

import io.github.bulletinkit.html.internal.BlockElements;
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
import io.github.bulletinkit.theme.Logo;
import java.util.Base64;
import java.util.List;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * The bulletin as a web page, or as its own element alone: an {@code article} with its style sheet, the
 * heading lines, the introduction, the contents list as a {@code nav} of in-page links, then a table with a
 * caption, a header row and a row per entry, each section's in a {@code section} under its heading; then the
 * closing.
 */
final class Page {

    /** The class of the bulletin's own element, which every selector of its style sheet starts with. */
    static final String CLASS = "bulletinkit";

    private final LayoutPlan plan;
    private final BlockElements elements;

    /** @param titleLevel the title's heading level, from 1 to 5 */
    Page(LayoutPlan plan, int titleLevel) {
        this.plan = plan;
        this.elements = BlockElements.withClasses(plan, titleLevel);
    }

    /** A whole page: {@code lang}, a title, the character set, the viewport and the style sheet in its head. */
    Document page() {
        DocumentInfo info = plan.document();
        Document document = Document.createShell("");
        document.prependChild(new DocumentType("html", "", ""));
        document.firstElementChild().attr("lang", info.language()).attr("dir", info.direction());
        Element head = document.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(info.title());
        if (!info.publisher().isEmpty()) {
            head.appendElement("meta").attr("name", "author").attr("content", info.publisher());
        }
        head.appendElement("meta").attr("name", "description").attr("content", info.subject());
        head.appendElement("meta").attr("name", "generator").attr("content", info.creator());
        head.appendElement("style").appendChild(new DataNode(PageStyle.of(plan, elements.css(), true)));
        article(document.body().appendElement("main"));
        return document;
    }

    /** The bulletin's element alone, with its own {@code lang}, {@code dir} and style sheet. */
    Element fragment() {
        Element holder = new Element("div");
        Element article = article(holder);
        article.prependElement("style").appendChild(new DataNode(PageStyle.of(plan, elements.css(), false)));
        return article;
    }

    private Element article(Element parent) {
        Element article = parent.appendElement("article").addClass(CLASS);
        plan.accept(new Article(article));
        return article;
    }

    /** Fills the bulletin's element with the plan's parts, in reading order. */
    private final class Article implements PlanVisitor {
        private final Element article;
        private final Element header;
        // Where a table goes: the article, or the section element of a bulletin of sections.
        private Element container;
        private Element body;
        private String direction;

        Article(Element article) {
            this.article = article;
            this.header = article.appendElement("header").addClass("bk-heading");
            this.container = article;
        }

        @Override
        public void document(DocumentInfo document) {
            direction = document.direction();
            article.attr("lang", document.language()).attr("dir", direction);
        }

        @Override
        public void logo(LayoutPlan.Picture logo) {
            elements.logo(header, logo, dataUri(logo.logo()));
        }

        @Override
        public void heading(Block line) {
            elements.block(header, line);
        }

        @Override
        public void paragraph(Block paragraph) {
            container = article;
            elements.block(article, paragraph);
        }

        @Override
        public void contents(Contents contents) {
            Element nav = article.appendElement("nav").addClass("bk-contents")
                    .attr("aria-labelledby", "bk-contents-heading");
            elements.block(nav, contents.heading()).id("bk-contents-heading");
            Element list = nav.appendElement("ol");
            for (Contents.Item item : contents.items()) {
                elements.linked(list, "li", item.text(), "#" + item.anchor());
            }
        }

        @Override
        public void section(SectionHeading section) {
            container = article.appendElement("section").attr("aria-labelledby", section.anchor());
            elements.block(container, section.heading()).id(section.anchor());
        }

        @Override
        public void startTable(List<Block> columnHeadings, String summary) {
            Element table = container.appendElement("table");
            table.appendElement("caption").text(summary);
            Element headings = table.appendElement("thead").appendElement("tr");
            for (Block heading : columnHeadings) {
                elements.block(headings, "th", heading).attr("scope", "col");
            }
            body = table.appendElement("tbody");
        }

        @Override
        public void row(Row row) {
            Element tr = body.appendElement("tr");
            Element information = tr.appendElement("td").addClass("bk-information");
            Element links = tr.appendElement("td").addClass("bk-links");
            // An entry in a language of the other direction than the bulletin's runs its own way in its cells.
            if (!row.direction().html().equals(direction)) {
                information.attr("dir", row.direction().html());
                links.attr("dir", row.direction().html());
            }
            for (Block block : row.information()) {
                if (block.role() == Role.TOPIC) {
                    elements.topic(information, block, row.level());
                } else {
                    elements.block(information, block);
                }
            }
            row.links().forEach(part -> part.accept(new CellVisitor() {
                @Override
                public void paragraph(Block block) {
                    elements.block(links, block);
                }

                // Printed, and a link on screen; a line breaks only where the printed form allows.
                @Override
                public void address(AddressBlock address) {
                    Element link = elements.block(links, address.asLink()).selectFirst("a");
                    link.empty();
                    List<String> pieces = address.address().pieces();
                    for (int i = 0; i < pieces.size(); i++) {
                        if (i > 0) {
                            link.appendElement("wbr");
                        }
                        link.appendText(pieces.get(i));
                    }
                }

                @Override
                public void qrCode(QrBlock code) {
                    // Not on the web page: a browser prints the page, and the address printed above is enough.
                }
            }));
        }

        @Override
        public void endTable() {
            // The table is whole.
        }

        @Override
        public void footer(List<String> words) {
            // A web page has no pages.
        }
    }

    /** The image inside the page itself, so that the page asks no other host for anything. */
    private static String dataUri(Logo logo) {
        return "data:" + logo.mediaType() + ";base64," + Base64.getEncoder().encodeToString(logo.image());
    }
}
