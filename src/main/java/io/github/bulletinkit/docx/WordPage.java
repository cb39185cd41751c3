package io.github.bulletinkit.docx;

import io.github.bulletinkit.format.Margins;
import io.github.bulletinkit.format.Orientation;
import io.github.bulletinkit.format.PageSetting;
import io.github.bulletinkit.format.RenderOptions;
import java.util.Set;

/**
 * The page of a Word document, in twips: from the options alone, or from a Word template's page where the
 * options leave a setting at its default. Word writes any paper size, so a template's A5 or Legal page is kept
 * as it is, though the options know only A4 and Letter.
 *
 * @param contentWidth the width between the margins, which the table fills
 */
record WordPage(Size size, Margin margin, long contentWidth) {

    /** The paper, and whether it is turned landscape. */
    record Size(long width, long height, boolean landscape) {

        /** This paper turned as {@code orientation} says. */
        Size turned(Orientation orientation) {
            boolean landscape = orientation == Orientation.LANDSCAPE;
            boolean wide = width > height;
            return wide == landscape ? new Size(width, height, landscape) : new Size(height, width, landscape);
        }
    }

    /** The margins, with the distances of the header and footer from the paper's edges, and the gutter. */
    record Margin(long top, long right, long bottom, long left, long header, long footer, long gutter) {
    }

    /** The page of the options: the paper, turned, and the margins, the header and footer halfway into them. */
    static WordPage of(RenderOptions options) {
        return new WordPage(size(options, options.orientation()), margin(options),
                Twips.of(options.contentWidth()));
    }

    private static Size size(RenderOptions options, Orientation orientation) {
        return new Size(Twips.of(options.pageSize().width(orientation)),
                Twips.of(options.pageSize().height(orientation)), orientation == Orientation.LANDSCAPE);
    }

    private static Margin margin(RenderOptions options) {
        Margins margins = options.margins();
        return new Margin(Twips.of(margins.top()), Twips.of(margins.right()), Twips.of(margins.bottom()),
                Twips.of(margins.left()), Twips.of(margins.top() / 2), Twips.of(margins.bottom() / 2), 0);
    }

    /**
     * The page of a template's {@code size} and {@code margin} (either null when the template has none), each
     * setting the options chose winning over the template's.
     */
    static WordPage of(RenderOptions options, Size size, Margin margin) {
        Set<PageSetting> chosen = options.chosenPage();
        boolean ownSize = size != null && !chosen.contains(PageSetting.SIZE);
        boolean ownMargin = margin != null && !chosen.contains(PageSetting.MARGINS);
        boolean ownOrientation = size != null && !chosen.contains(PageSetting.ORIENTATION);
        if (!ownSize && !ownMargin && !ownOrientation) {
            return of(options);
        }
        Size paper = ownSize ? size : size(options, options.orientation());
        if (!ownOrientation) {
            paper = paper.turned(options.orientation());
        } else if (!ownSize) {
            paper = paper.turned(size.landscape() ? Orientation.LANDSCAPE : Orientation.PORTRAIT);
        }
        Margin margins = ownMargin ? margin : margin(options);
        return new WordPage(paper, margins, paper.width() - margins.left() - margins.right() - margins.gutter());
    }

    /**
     * Whether the page leaves the table the room that the options require of their own page: two inches each
     * way, and each column three times the text's size.
     */
    boolean roomFor(RenderOptions options) {
        long narrowest = Math.round(contentWidth * Math.min(options.informationShare(),
                1 - options.informationShare()));
        return contentWidth >= Twips.of(144) && contentHeight() >= Twips.of(144)
                && narrowest >= Twips.of(3 * options.baseFontSize());
    }

    /** The height between the margins; Word's top and bottom margins may be negative, fixed against the text. */
    long contentHeight() {
        return size.height() - Math.abs(margin.top()) - Math.abs(margin.bottom());
    }
}
