package io.github.bulletinkit.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The places OpenPDF keeps for shaped lines. OpenPDF lays out and paginates paragraphs and cells, but cannot draw
 * glyphs it did not choose: each line of {@link ShapedText} goes into a phrase as empty forms as wide as its parts,
 * the first of which carries a tag. As OpenPDF draws that form it calls back with the tag and the place, and the
 * line is drawn there (see {@link Structure#line}). Underlines and link colours come with the forms, as they come
 * with text. Belongs to one render.
 */
final class LinePlaces {

    private final PdfFonts fonts;
    // The lines by their tags, until drawn.
    private final Map<String, ShapedLine> lines = new HashMap<>();
    private PdfWriter writer;
    private int next;
    // The empty form whose scaled copies keep the places; made when first needed, as an unused one would still
    // take an object number and change every document.
    private PdfTemplate space;

    LinePlaces(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** Forms are made in {@code writer} from now on. */
    void drawOn(PdfWriter writer) {
        this.writer = writer;
    }

    /**
     * The line whose form has the tag {@code tag}, to be drawn now; null for any other tag. A line is drawn once and
     * then forgotten, so that memory stays bounded, but for an untagged one: a header row's, drawn again on every
     * page, or a paragraph's that is measured and never drawn.
     */
    ShapedLine line(String tag) {
        ShapedLine line = lines.get(tag);
        if (line != null && line.parts().stream().anyMatch(part -> part.style().tag() != null)) {
            lines.remove(tag);
        }
        return line;
    }

    /** Keeps places in {@code phrase} for {@code shaped}, its lines of text {@code size} points high. */
    void add(Phrase phrase, List<ShapedLine> shaped, float size) {
        Font font = fonts.font(FontFace.REGULAR, " ", size, java.awt.Color.BLACK);
        // As high as a line of the main font's text, so that a cell places its first line alike.
        float ascent = font.getBaseFont().getFontDescriptor(BaseFont.ASCENT, size);
        float descent = font.getBaseFont().getFontDescriptor(BaseFont.DESCENT, size);
        for (int k = 0; k < shaped.size(); k++) {
            if (k > 0) {
                phrase.add(new Chunk("\n", font));
            }
            String tag = "line " + next++;
            lines.put(tag, shaped.get(k));
            List<ShapedLine.Part> visual = new ArrayList<>(shaped.get(k).parts());
            visual.sort(Comparator.comparingDouble(ShapedLine.Part::x));
            for (int p = 0; p < visual.size(); p++) {
                ShapedLine.Part part = visual.get(p);
                Chunk chunk = new Chunk(form(part.width(), ascent - descent), 0, descent);
                chunk.setFont(fonts.font(FontFace.REGULAR, " ", size, part.style().colour()));
                if (part.style().underline()) {
                    Typesetter.underline(chunk, size);
                }
                if (p == 0) {
                    chunk.setGenericTag(tag);
                }
                phrase.add(chunk);
            }
        }
    }

    private Image form(float width, float height) {
        if (space == null) {
            space = PdfTemplate.createTemplate(writer, 1, 1);
        }
        try {
            Image form = Image.getInstance(space);
            form.scaleAbsolute(width, height);
            return form;
        } catch (BadElementException e) {
            // OpenPDF throws it for a template of a pattern, which this is not.
            throw new IllegalStateException("an empty form cannot keep a shaped line's place", e);
        }
    }
}
