package io.github.bulletinkit.docx;

import static io.github.bulletinkit.docx.WordXml.attribute;
import static io.github.bulletinkit.docx.WordXml.child;
import static io.github.bulletinkit.docx.WordXml.children;

import io.github.bulletinkit.theme.Rgb;
import io.github.bulletinkit.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Finds the template's styles that BulletinKit's text takes whose colour can hardly be seen on white paper, such
 * as a white Title made to sit on a dark banner in the template's body, which a bulletin does not copy. The
 * template's style still wins; this only says so.
 */
final class TemplateContrast {

    /** The least contrast on white of large text, as WCAG 2.2 level AA asks. */
    private static final double LEAST = 3;
    /** The styles of BulletinKit's text on white paper; the column headings sit on the accent instead. */
    private static final Set<String> ON_WHITE = Set.of(StyleSheet.TITLE, StyleSheet.SUBTITLE,
            StyleSheet.PUBLISHER, StyleSheet.INTRODUCTION, StyleSheet.CONTENTS_HEADING, StyleSheet.CONTENTS_ITEM,
            StyleSheet.SECTION_HEADING, StyleSheet.heading(3), StyleSheet.CLOSING, StyleSheet.DETAILS,
            StyleSheet.SUMMARY, StyleSheet.LINK, StyleSheet.FOOTER, StyleSheet.HYPERLINK, StyleSheet.ADDRESS,
            "Normal");

    private TemplateContrast() {
    }

    /** One sentence for each such style of {@code styles}, the template's styles part. */
    static List<String> faint(Document styles) {
        List<String> faint = new ArrayList<>();
        for (Element style : children(styles.getDocumentElement())) {
            String id = attribute(style, "styleId");
            Element properties = WordXml.is(style, "style") && ON_WHITE.contains(id) ? child(style, "rPr") : null;
            Element colour = properties == null ? null : child(properties, "color");
            String hex = colour == null ? "" : attribute(colour, "val");
            if (!hex.matches("[0-9A-Fa-f]{6}")) {
                continue; // auto, or no colour of its own
            }
            double contrast = Theme.contrast(Rgb.parse("#" + hex), Theme.WHITE);
            if (contrast < LEAST) {
                faint.add(String.format(Locale.ROOT, "its %s style's colour, #%s, has a contrast of %.2f:1 on"
                        + " white; the bulletin's text in that style will hardly be seen", id,
                        hex.toUpperCase(Locale.ROOT), contrast));
            }
        }
        return faint;
    }
}
