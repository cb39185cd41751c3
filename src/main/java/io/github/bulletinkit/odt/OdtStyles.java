package io.github.bulletinkit.odt;

import io.github.bulletinkit.format.Margins;
import io.github.bulletinkit.format.Orientation;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.layout.Direction;
import io.github.bulletinkit.layout.DocumentInfo;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.layout.Role;
import io.github.bulletinkit.layout.Styles;
import io.github.bulletinkit.layout.TextStyle;
import io.github.bulletinkit.theme.Rgb;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code styles.xml}: the font, the document's language and direction as the default style, a named
 * paragraph style for each part of the layout ({@link OdtStyleNames}), the link styles, and the page with its
 * footer, {@code Page N of M}, whose numbers LibreOffice counts as it lays the pages out.
 */
final class OdtStyles {

    private final LayoutPlan plan;
    private final DocumentInfo info;
    private final OdtStyleNames names;
    private final Styles styles;
    /** The footer's words run in their language's direction: English words in an Arabic document left to right. */
    private String footerDirection = "lr-tb";

    OdtStyles(LayoutPlan plan, OdtStyleNames names) {
        this.plan = plan;
        this.info = plan.document();
        this.names = names;
        this.styles = plan.styles();
    }

    /** The part, with the footer's words around its two numbers, in {@code footerLanguage} (empty: the document's). */
    byte[] write(List<String> footer, String footerLanguage) {
        this.footerDirection = direction(footerLanguage.isEmpty() ? info.language() : footerLanguage);
        XmlOut xml = new XmlOut(true).root("office:document-styles");
        String family = styles.fontFamilies().get(0);
        xml.start("office:font-face-decls").empty("style:font-face").attribute("style:name", family)
                .attribute("svg:font-family", "'" + family + "'").end();
        xml.start("office:styles");
        defaults(xml, family);
        // The direction on the style every other inherits too: LibreOffice takes it from there, not the default.
        xml.start("style:style").attribute("style:name", "Standard").attribute("style:family", "paragraph")
                .attribute("style:class", "text");
        xml.empty("style:paragraph-properties").attribute("fo:text-align", alignment(Direction.of(info.language())))
                .attribute("style:writing-mode", direction(info.language())).end();
        for (Role role : Role.values()) {
            // Heading 2 is the topics' in a bulletin without sections, which has no section headings.
            boolean unused = role == Role.SECTION_HEADING && names.topicLevel() == 2;
            if (role != Role.LOGO && !unused) {
                paragraphStyle(xml, names.paragraph(role), role, names.outlineLevel(role));
            }
        }
        xml.start("style:style").attribute("style:name", OdtStyleNames.encoded(OdtStyleNames.HYPERLINK))
                .attribute("style:display-name", OdtStyleNames.HYPERLINK).attribute("style:family", "text");
        xml.empty("style:text-properties").attribute("fo:color", colour(plan.linkColour()))
                .attribute("style:text-underline-style", "solid").attribute("style:text-underline-width", "auto")
                .attribute("style:text-underline-color", "font-color").end();
        xml.empty("style:style").attribute("style:name", OdtStyleNames.encoded(OdtStyleNames.LINK_PREFIX))
                .attribute("style:display-name", OdtStyleNames.LINK_PREFIX).attribute("style:family", "text");
        xml.end();
        page(xml, footer, footerLanguage);
        return xml.bytes();
    }

    private void defaults(XmlOut xml, String family) {
        xml.start("style:default-style").attribute("style:family", "paragraph");
        xml.empty("style:paragraph-properties").attribute("style:writing-mode", direction(info.language()));
        xml.empty("style:text-properties").attribute("style:font-name", family)
                .attribute("style:font-name-asian", family).attribute("style:font-name-complex", family)
                .attribute("fo:font-size", pt(plan.options().baseFontSize()))
                .attribute("style:font-size-asian", pt(plan.options().baseFontSize()))
                .attribute("style:font-size-complex", pt(plan.options().baseFontSize()))
                .attribute("fo:color", colour(styles.theme().text()));
        OdtLanguage.write(xml, info.language());
        xml.end();
    }

    /** A named paragraph style; {@code outline}, from 1, makes it a heading's of that outline level. */
    private void paragraphStyle(XmlOut xml, String name, Role role, int outline) {
        TextStyle style = styles.of(role);
        xml.start("style:style").attribute("style:name", OdtStyleNames.encoded(name))
                .attribute("style:display-name", name).attribute("style:family", "paragraph")
                .attribute("style:parent-style-name", "Standard");
        if (outline > 0) {
            xml.attribute("style:default-outline-level", Integer.toString(outline));
        }
        xml.empty("style:paragraph-properties").attribute("fo:margin-top", pt(style.spaceBefore()))
                .attribute("fo:margin-bottom", pt(style.spaceAfter()))
                .attribute("style:line-height-at-least", pt(style.lineHeight()));
        if (outline > 0 && role != Role.TOPIC || role == Role.CONTENTS_HEADING) {
            xml.attribute("fo:keep-with-next", "always");
        }
        if (role == Role.FOOTER) {
            xml.attribute("fo:text-align", "center").attribute("style:writing-mode", footerDirection);
        }
        xml.empty("style:text-properties").attribute("fo:font-size", pt(style.size()))
                .attribute("style:font-size-asian", pt(style.size()))
                .attribute("style:font-size-complex", pt(style.size()))
                .attribute("fo:color", colour(style.colour()));
        if (style.bold()) {
            xml.attribute("fo:font-weight", "bold").attribute("style:font-weight-asian", "bold")
                    .attribute("style:font-weight-complex", "bold");
        }
        xml.end();
    }

    /** The page's size and margins; the footer sits halfway into the bottom margin, as in the other formats. */
    private void page(XmlOut xml, List<String> footer, String footerLanguage) {
        RenderOptions options = plan.options();
        Orientation orientation = options.orientation();
        Margins margins = options.margins();
        xml.start("office:automatic-styles").start("style:page-layout").attribute("style:name", "Page");
        xml.empty("style:page-layout-properties")
                .attribute("fo:page-width", pt(options.pageSize().width(orientation)))
                .attribute("fo:page-height", pt(options.pageSize().height(orientation)))
                .attribute("style:print-orientation", orientation == Orientation.LANDSCAPE ? "landscape" : "portrait")
                .attribute("fo:margin-top", pt(margins.top())).attribute("fo:margin-right", pt(margins.right()))
                .attribute("fo:margin-bottom", pt(margins.bottom() / 2)).attribute("fo:margin-left", pt(margins.left()))
                .attribute("style:writing-mode", direction(info.language()));
        float footerLine = styles.of(Role.FOOTER).lineHeight();
        xml.start("style:footer-style").empty("style:header-footer-properties")
                .attribute("fo:min-height", pt(footerLine))
                .attribute("fo:margin-top", pt(Math.max(0, margins.bottom() / 2 - footerLine))).end();
        xml.end();
        if (!footerLanguage.isEmpty()) {
            xml.start("style:style").attribute("style:name", OdtStyleNames.FOOTER_LANGUAGE)
                    .attribute("style:family", "text").empty("style:text-properties");
            OdtLanguage.write(xml, footerLanguage);
            xml.end();
        }
        xml.end();
        xml.start("office:master-styles").start("style:master-page").attribute("style:name", "Standard")
                .attribute("style:page-layout-name", "Page").start("style:footer").start("text:p")
                .attribute("text:style-name", OdtStyleNames.encoded(names.paragraph(Role.FOOTER)));
        // The words keep their spaces: the page's number comes between them.
        footerWords(xml, footer.get(0), footerLanguage);
        xml.start("text:page-number").attribute("text:select-page", "current").text("1").end();
        footerWords(xml, footer.get(1), footerLanguage);
        xml.start("text:page-count").text("1").end();
        footerWords(xml, footer.get(2), footerLanguage);
        xml.end().end().end().end();
    }

    private static void footerWords(XmlOut xml, String words, String language) {
        if (words.isEmpty()) {
            return;
        }
        if (!language.isEmpty()) {
            xml.start("text:span").attribute("text:style-name", OdtStyleNames.FOOTER_LANGUAGE);
        }
        OdtText.characters(xml, words, false);
        if (!language.isEmpty()) {
            xml.end();
        }
    }

    /** The writing mode of text in {@code language}, a BCP 47 tag. */
    private static String direction(String language) {
        return writingMode(Direction.of(language));
    }

    /** A paragraph's {@code style:writing-mode} in {@code direction}. */
    static String writingMode(Direction direction) {
        return direction == Direction.RIGHT_TO_LEFT ? "rl-tb" : "lr-tb";
    }

    /** A paragraph aligned to where its lines start in {@code direction}. */
    static String alignment(Direction direction) {
        // LibreOffice reads "start" as the left whatever the direction, so right to left says "end", the right.
        return direction == Direction.RIGHT_TO_LEFT ? "end" : "start";
    }

    /** A length in points, as ODF writes it. */
    static String pt(float points) {
        String number = String.format(Locale.ROOT, "%.3f", points).replaceAll("0+$", "").replaceAll("\\.$", "");
        return number + "pt";
    }

    static String colour(Rgb rgb) {
        return "#" + rgb.hex().toLowerCase(Locale.ROOT);
    }
}
