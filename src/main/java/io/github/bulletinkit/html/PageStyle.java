package io.github.bulletinkit.html;

import static io.github.bulletinkit.html.internal.BlockElements.className;

import io.github.bulletinkit.format.Margins;
import io.github.bulletinkit.format.PageSize;
import io.github.bulletinkit.html.internal.Css;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.layout.Role;
import io.github.bulletinkit.layout.Styles;
import io.github.bulletinkit.theme.Theme;
import java.util.ArrayList;
import java.util.List;

/**
 * The style sheet of a page or a fragment. Every selector starts with {@code .bulletinkit}, the class of the
 * bulletin's own element, and that element resets what it would inherit ({@code all: initial}) while its
 * descendants drop the host page's rules ({@code all: revert}), so that a fragment neither breaks the page it
 * is placed in nor borrows its styles. Colours and sizes are the plan's.
 */
final class PageStyle {

    /** Below this width the two cells of a row stack, so that a phone never scrolls sideways. */
    private static final String NARROW = "(max-width: 40rem)";
    private static final List<String> ELEMENTS = List.of("header", "img", "h1", "h2", "h3", "h4", "h5", "h6", "p",
            "table", "caption",
            "colgroup", "col", "thead", "tbody", "tr", "th", "td", "a", "strong", "em", "u", "br");

    private final LayoutPlan plan;
    private final Css css;
    private final StringBuilder sheet = new StringBuilder();
    private final boolean sectioned;

    private PageStyle(LayoutPlan plan, Css css) {
        this.plan = plan;
        this.css = css;
        this.sectioned = !plan.sections().isEmpty();
    }

    /** The rules for the bulletin's element; {@code page} adds those for a whole page of its own. */
    static String of(LayoutPlan plan, Css css, boolean page) {
        return new PageStyle(plan, css).write(page);
    }

    private String write(boolean page) {
        Styles styles = plan.styles();
        String rule = Css.ruleWidth() + " solid " + Css.colour(plan.ruleColour());
        if (page) {
            rule("html", "background: " + Css.colour(Theme.WHITE));
            rule("body", "margin: 0; padding: 2rem 1rem; background: " + Css.colour(Theme.WHITE));
        }
        rule(".bulletinkit", "all: initial; display: block; box-sizing: border-box; max-width: 60rem; margin: 0 auto; "
                + "font-family: " + css.fontFamily() + "; font-size: 1rem; line-height: " + Styles.LINE_HEIGHT
                + "; color: " + Css.colour(styles.theme().text()) + "; background: " + Css.colour(Theme.WHITE)
                + "; text-align: start; overflow-wrap: anywhere");
        rule(".bulletinkit :is(" + String.join(", ", elements()) + ")", "all: revert; box-sizing: border-box; "
                + "font-family: inherit; overflow-wrap: anywhere");
        rule(".bulletinkit .bk-heading", "display: block; margin: 0");
        rule(".bulletinkit ." + className(Role.LOGO), "display: block; height: auto; max-width: 100%; margin: 0 0 "
                + css.length(styles.belowLogo()));
        for (Role role : Role.values()) {
            if (styledByClass(role)) {
                rule(".bulletinkit ." + className(role), Css.declarations(css.text(role)));
            }
        }
        if (plan.contents().isPresent()) {
            rule(".bulletinkit .bk-contents ol", "margin: 0 0 " + css.length(styles.belowHeading())
                    + "; padding-inline-start: " + css.length(plan.options().baseFontSize() * 1.5f));
        }
        if (sectioned) {
            rule(".bulletinkit section", "display: block");
        }
        if (!plan.closing().isEmpty()) {
            rule(".bulletinkit :is(table, section) + p", "margin-top: " + css.length(styles.belowHeading()));
        }
        rule(".bulletinkit a", "color: " + Css.colour(plan.linkColour()) + "; text-decoration: underline");
        if (plan.options().forPrint()) {
            // Printed for a reader to type, as the PDF prints it: an underline would hide an underscore.
            rule(".bulletinkit ." + className(Role.ADDRESS) + " a", "color: inherit; text-decoration: none");
        }
        rule(".bulletinkit table", "width: 100%; border-collapse: collapse; border-spacing: 0; border: " + rule);
        rule(".bulletinkit caption", "position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; "
                + "overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0");
        rule(".bulletinkit th", Css.declarations(css.text(Role.COLUMN_HEADING)) + "; text-align: start; "
                + "vertical-align: top; padding: " + css.padding(styles.headerPadding()) + "; background: "
                + Css.colour(plan.headerFill()) + "; border: " + rule
                // Browsers leave backgrounds off paper unless asked: the header's text would be white on white.
                + "; -webkit-print-color-adjust: exact; print-color-adjust: exact");
        rule(".bulletinkit th:first-child", "width: " + Css.number(plan.informationShare() * 100) + "%");
        rule(".bulletinkit td", "vertical-align: top; text-align: start; padding: " + css.padding(styles.cellPadding())
                + "; border: " + rule);
        rule(".bulletinkit td > :first-child", "margin-top: 0");
        rule(".bulletinkit td > :last-child", "margin-bottom: 0");
        sheet.append("@media ").append(NARROW).append(" {\n");
        rule(".bulletinkit :is(table, tbody, tr, td)", "display: block; width: auto");
        rule(".bulletinkit thead", "position: absolute; width: 1px; height: 1px; overflow: hidden; "
                + "clip: rect(0 0 0 0); clip-path: inset(50%)");
        rule(".bulletinkit table", "border: 0; border-top: " + css.length(styles.headerPadding().top()) + " solid "
                + Css.colour(plan.headerFill()));
        rule(".bulletinkit td", "border-width: 0 0 " + Css.ruleWidth() + " 0; padding-inline: 0");
        rule(".bulletinkit td:first-child", "border-bottom: 0; padding-bottom: 0");
        sheet.append("}\n@media print {\n");
        if (page) {
            // On paper the plan's own sizes: the base size is the root's, and the page is the options'.
            PageSize size = plan.options().pageSize();
            Margins margins = plan.options().margins();
            rule("html", "font-size: " + Css.number(plan.options().baseFontSize()) + "pt");
            rule("body", "padding: 0");
            rule("@page", "size: " + points(size.width(plan.options().orientation())) + " "
                    + points(size.height(plan.options().orientation())) + "; margin: " + points(margins.top()) + " "
                    + points(margins.right()) + " " + points(margins.bottom()) + " " + points(margins.left()));
        }
        rule(".bulletinkit", "max-width: none");
        rule(".bulletinkit thead", "display: table-header-group");
        rule(".bulletinkit tr", "break-inside: avoid");
        rule(".bulletinkit :is(." + className(Role.TITLE) + (sectioned ? ", ." + className(Role.SECTION_HEADING)
                : "") + (plan.contents().isPresent() ? ", ." + className(Role.CONTENTS_HEADING) : "") + ", ."
                + className(Role.TOPIC) + ")", "break-after: avoid");
        // A page laid out for paper prints the address of each of an entry's links under it already: only the
        // links in running text need theirs after them.
        rule(plan.options().forPrint() ? ".bulletinkit ." + className(Role.SUMMARY) + " a[href]::after"
                : ".bulletinkit a[href]::after", "content: \" (\" attr(href) \")\"");
        sheet.append("}\n");
        return sheet.toString();
    }

    /** The elements the bulletin holds, whose rules from the host page it drops. */
    private List<String> elements() {
        List<String> elements = new ArrayList<>(ELEMENTS);
        if (plan.contents().isPresent()) {
            elements.addAll(1, List.of("nav", "ol", "li"));
        }
        if (sectioned) {
            elements.add(1, "section");
        }
        return elements;
    }

    /**
     * Whether the blocks of {@code role} take their look from a rule for their class; a sheet has rules only for
     * the parts its bulletin has.
     */
    private boolean styledByClass(Role role) {
        return switch (role) {
            case TITLE, SUBTITLE, PUBLISHER, TOPIC, SOURCE, PUBLISHED, SUMMARY, LINK -> true;
            case INTRODUCTION -> !plan.introduction().isEmpty();
            case CONTENTS_HEADING, CONTENTS_ITEM -> plan.contents().isPresent();
            case SECTION_HEADING -> sectioned;
            case CLOSING -> !plan.closing().isEmpty();
            case ADDRESS -> plan.options().forPrint();
            // An image; heading cells, styled as th; a page's footer, which a web page has none of.
            case LOGO, COLUMN_HEADING, FOOTER -> false;
        };
    }

    private static String points(float points) {
        return Css.number(points) + "pt";
    }

    private void rule(String selector, String declarations) {
        sheet.append(selector).append(" { ").append(declarations).append(" }\n");
    }
}
