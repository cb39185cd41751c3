package io.github.bulletinkit.docx;

import static io.github.bulletinkit.docx.WordXml.attribute;

import org.w3c.dom.Element;

/** The page a Word template's section properties give: its paper and its margins, each if it says them. */
final class TemplatePage {

    private TemplatePage() {
    }

    /** The paper of {@code section}; null when it has none, or one not in twips. */
    static WordPage.Size size(Element section) {
        Element size = section == null ? null : WordXml.child(section, "pgSz");
        if (size == null) {
            return null;
        }
        Long width = twips(size, "w");
        Long height = twips(size, "h");
        if (width == null || height == null || width <= 0 || height <= 0) {
            return null;
        }
        return new WordPage.Size(width, height, attribute(size, "orient").equals("landscape") || width > height);
    }

    /** The margins of {@code section}; null when it has none, or one not in twips. */
    static WordPage.Margin margin(Element section) {
        Element margin = section == null ? null : WordXml.child(section, "pgMar");
        if (margin == null) {
            return null;
        }
        Long top = twips(margin, "top");
        Long right = twips(margin, "right");
        Long bottom = twips(margin, "bottom");
        Long left = twips(margin, "left");
        if (top == null || right == null || bottom == null || left == null) {
            return null;
        }
        return new WordPage.Margin(top, right, bottom, left, orZero(twips(margin, "header")),
                orZero(twips(margin, "footer")), orZero(twips(margin, "gutter")));
    }

    private static long orZero(Long twips) {
        return twips == null ? 0 : twips;
    }

    /** An attribute in twips, a whole number; null when absent or written otherwise (such as {@code 2cm}). */
    private static Long twips(Element element, String name) {
        try {
            return Long.parseLong(attribute(element, name));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
