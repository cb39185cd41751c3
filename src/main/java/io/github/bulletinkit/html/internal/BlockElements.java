package io.github.bulletinkit.html.internal;

import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.layout.Role;
import io.github.bulletinkit.layout.Span;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Makes the plan's blocks jsoup elements: the title an {@code h1} (or a lower heading), a section's heading and
 * the contents list's a heading one level below it, a topic one level below its section's or the title, an item
 * of the contents list an {@code li}, every other line a {@code p}; bold, italic and underlined runs {@code strong}, {@code em} and {@code u}; a link span an
 * {@code a href}; a line break a {@code br} and a tab a space. Text goes in as text, which jsoup escapes, so a
 * bulletin is never markup. A web page names each block's role as a class for its style sheet; an email,
 * whose clients drop style sheets, carries every element's style inline. Immutable.
 */
public final class BlockElements {

    private final Css css;
    private final LayoutPlan plan;
    private final boolean inline;
    private final int titleLevel;

    private BlockElements(LayoutPlan plan, Css css, boolean inline, int titleLevel) {
        this.plan = plan;
        this.css = css;
        this.inline = inline;
        this.titleLevel = titleLevel;
    }

    /**
     * Elements whose look is a style sheet's: each block has the class {@link #className(Role)}.
     *
     * @param plan the layout plan
     * @param titleLevel the title's heading level, from 1 to 5; the topics' is one more
     * @return the mapping
     */
    public static BlockElements withClasses(LayoutPlan plan, int titleLevel) {
        return new BlockElements(plan, new Css(plan, Css.Unit.REM), false, titleLevel);
    }

    /**
     * Elements that carry their whole look in {@code style} attributes, in pixels.
     *
     * @param plan the layout plan
     * @return the mapping
     */
    public static BlockElements withInlineStyles(LayoutPlan plan) {
        return new BlockElements(plan, new Css(plan, Css.Unit.PX), true, 1);
    }

    /**
     * The class that names a role in a style sheet.
     *
     * @param role the role
     * @return such as {@code bk-topic}
     */
    public static String className(Role role) {
        return "bk-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The CSS this mapping writes lengths with.
     *
     * @return the CSS
     */
    public Css css() {
        return css;
    }

    /**
     * Appends {@code block} to {@code parent} as the element of its role.
     *
     * @param parent where it goes
     * @param block the block
     * @return the new element
     */
    public Element block(Element parent, Block block) {
        return block(parent, tag(block.role()), block);
    }

    /**
     * Appends an entry's topic as the heading of its level.
     *
     * @param parent where it goes
     * @param topic the topic's block
     * @param level its outline level, where the title's is 1: {@link io.github.bulletinkit.layout.Row#level()}
     * @return the new element
     */
    public Element topic(Element parent, Block topic, int level) {
        // HTML has six levels: a fragment whose title is an h5 has its sections' topics at h6 too.
        return block(parent, "h" + Math.min(6, titleLevel - 1 + level), topic);
    }

    /**
     * Appends {@code block} to {@code parent} as a {@code tag} element, such as a table's heading cell.
     *
     * @param parent where it goes
     * @param tag the element's name
     * @param block the block
     * @return the new element
     */
    public Element block(Element parent, String tag, Block block) {
        Element element = styled(parent.appendElement(tag), block);
        spans(element, block);
        return element;
    }

    /**
     * Appends {@code block} to {@code parent} as a {@code tag} element whose whole text links to {@code href},
     * such as an item of a contents list.
     *
     * @param parent where it goes
     * @param tag the element's name
     * @param block the block
     * @param href where it links to
     * @return the new element
     */
    public Element linked(Element parent, String tag, Block block, String href) {
        Element element = styled(parent.appendElement(tag), block);
        Element link = element.appendElement("a").attr("href", href);
        if (inline) {
            link.attr("style", "color: " + Css.colour(plan.linkColour()) + "; text-decoration: underline");
        }
        spans(link, block);
        return element;
    }

    private Element styled(Element element, Block block) {
        if (inline) {
            Map<String, String> style = new LinkedHashMap<>(css.text(block.style()));
            style.put("font-family", css.fontFamily());
            element.attr("style", Css.declarations(style));
        } else {
            element.addClass(className(block.role()));
            // The plan may space one block apart from others of its role (the last heading line, above the table).
            if (!block.style().equals(plan.styles().of(block.role()))) {
                element.attr("style", "margin-bottom: " + css.length(block.style().spaceAfter()));
            }
        }
        return element;
    }

    /**
     * Appends the logo as an {@code img}: its description as the alternative text, its width the plan's, its
     * proportions kept, and never wider than its container.
     *
     * @param parent where it goes
     * @param logo the plan's picture
     * @param source the image's address: a {@code data:} URI on a page, a {@code cid:} URL in an email
     * @return the new element
     */
    public Element logo(Element parent, LayoutPlan.Picture logo, String source) {
        Element image = parent.appendElement("img").attr("src", source).attr("alt", logo.logo().description())
                .attr("width", Integer.toString(logo.logo().width()))
                .attr("height", Integer.toString(logo.logo().height()));
        String size = "width: " + css.length(logo.width()) + "; height: auto; max-width: 100%";
        if (inline) {
            image.attr("style", "display: block; border: 0; " + size + "; margin: 0 0 "
                    + css.length(plan.styles().belowLogo()) + " 0");
        } else {
            image.addClass(className(Role.LOGO)).attr("style", size);
        }
        return image;
    }

    /**
     * Appends the text of {@code block}'s spans to {@code target}.
     *
     * @param target where the text goes
     * @param block the block
     */
    public void spans(Element target, Block block) {
        for (Span span : block.spans()) {
            Element into = target;
            if (span.isLink()) {
                into = target.appendElement("a").attr("href", span.url());
                if (inline) {
                    into.attr("style", "color: " + Css.colour(plan.linkColour()) + "; text-decoration: underline");
                }
            }
            for (Run run : span.runs()) {
                run(into, run);
            }
        }
    }

    private void run(Element target, Run run) {
        Element into = target;
        if (!run.language().isEmpty()) {
            // WCAG 3.1.2: a screen reader switches voice for the part in another language.
            into = into.appendElement("span").attr("lang", run.language());
        }
        if (run.has(Style.BOLD)) {
            into = emphasis(into, "strong", "font-weight: bold");
        }
        if (run.has(Style.ITALIC)) {
            into = emphasis(into, "em", "font-style: italic");
        }
        if (run.has(Style.UNDERLINE)) {
            into = emphasis(into, "u", "text-decoration: underline");
        }
        text(into, run.text());
    }

    private Element emphasis(Element target, String tag, String style) {
        Element element = target.appendElement(tag);
        if (inline) {
            element.attr("style", style);
        }
        return element;
    }

    /** Text with each line break a {@code br}; a tab is a space, since running text has no tab stops. */
    static void text(Element target, String text) {
        String[] lines = text.replace('\t', ' ').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                target.appendElement("br");
            }
            if (!lines[i].isEmpty()) {
                target.appendText(lines[i]);
            }
        }
    }

    private String tag(Role role) {
        return switch (role) {
            case TITLE -> "h" + titleLevel;
            case TOPIC, SECTION_HEADING, CONTENTS_HEADING -> "h" + (titleLevel + 1);
            case COLUMN_HEADING -> "th";
            case CONTENTS_ITEM -> "li";
            case SUBTITLE, PUBLISHER, INTRODUCTION, SOURCE, PUBLISHED, SUMMARY, LINK, ADDRESS, CLOSING, FOOTER, LOGO ->
                    "p";
        };
    }
}
