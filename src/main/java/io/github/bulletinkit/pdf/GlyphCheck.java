package io.github.bulletinkit.pdf;

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
import io.github.bulletinkit.model.Problem;
import io.github.bulletinkit.model.Run;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds every character of a bulletin's layout plan that neither its face of the PDF font nor that face of any
 * fallback font has a glyph for. The PDF would print nothing in its place; we refuse the bulletin instead, naming
 * each field and character and the fix, before a byte is written.
 */
final class GlyphCheck implements PlanVisitor {

    private static final int LISTED = 5;

    private final LayoutPlan plan;
    private final PdfFonts fonts;
    // The fonts tried, and what they cannot do: "the PDF font cannot show".
    private final String fontName;
    private final List<Problem> problems = new ArrayList<>();
    private final Unprintable dateCharacters = new Unprintable();
    private String language = "";

    /** A check of {@code plan}'s characters: hand it every part of the plan, then ask for its {@link #problems()}. */
    GlyphCheck(LayoutPlan plan, PdfFonts fonts) {
        this.plan = plan;
        this.fonts = fonts;
        String main = plan.options().theme().typeface().isPresent() ? "the theme's font " + fonts.familyName()
                : "the PDF font";
        this.fontName = fonts.hasFallbacks() ? "neither " + main + " nor any fallback font can show"
                : main + " cannot show";
    }

    /** The problems, in the order of the plan, once it has seen every part; empty when every character can be shown. */
    List<Problem> problems() {
        List<Problem> found = new ArrayList<>(problems);
        if (!dateCharacters.missing.isEmpty()) {
            found.add(Problem.at("language", "\"" + language + "\" names months with "
                    + describe(dateCharacters.missing)));
        }
        return found;
    }

    @Override
    public void document(DocumentInfo document) {
        language = document.language();
    }

    @Override
    public void logo(LayoutPlan.Picture logo) {
        // A picture: its description is alternative text, not drawn.
    }

    @Override
    public void heading(Block line) {
        block(line);
    }

    @Override
    public void paragraph(Block paragraph) {
        block(paragraph);
    }

    @Override
    public void contents(Contents contents) {
        block(contents.heading());
        contents.items().forEach(item -> block(item.text()));
    }

    @Override
    public void section(SectionHeading section) {
        block(section.heading());
    }

    @Override
    public void startTable(List<Block> columnHeadings, String summary) {
        // The summary is the table's attribute, not drawn.
        columnHeadings.forEach(this::block);
    }

    @Override
    public void row(Row row) {
        for (Block block : row.information()) {
            if (block.role() == Role.PUBLISHED) {
                // The month names come from the language, not from any field the editor wrote.
                missing(block, dateCharacters);
            } else {
                block(block);
            }
        }
        row.links().forEach(part -> part.accept(links));
    }

    // A printed address is drawn as its link's text is; a code is drawn as shapes.
    private final CellVisitor links = new CellVisitor() {
        @Override
        public void paragraph(Block block) {
            block(block);
        }

        @Override
        public void address(AddressBlock address) {
            block(address.asLink());
        }

        @Override
        public void qrCode(QrBlock code) {
            // Shapes, no glyphs.
        }
    };

    @Override
    public void endTable() {
        // Nothing drawn.
    }

    @Override
    public void footer(List<String> words) {
        block(plan.footer(1, 1));
    }

    private void block(Block block) {
        Unprintable found = new Unprintable();
        missing(block, found);
        if (!found.missing.isEmpty()) {
            problems.add(Problem.at(block.place(), "contains " + describe(found.missing)));
        }
    }

    private void missing(Block block, Unprintable found) {
        for (Span span : block.spans()) {
            for (Run run : span.runs()) {
                missing(run.text(), FontFace.of(run, block.style().bold()), found);
            }
        }
    }

    private void missing(String text, FontFace face, Unprintable found) {
        EmbeddedFace main = fonts.mainFace(face);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            // A line break and a tab (a space) are not glyphs.
            if (c == '\n' || c == '\t') {
                continue;
            }
            if (!main.canShow(c) && fonts.faceFor(face, c) == null) {
                found.missing.add(c);
            }
        }
    }

    private String describe(Set<Integer> characters) {
        if (characters.size() > LISTED) {
            return names(characters) + " and " + (characters.size() - LISTED)
                    + " more characters that " + fontName + fix(characters);
        }
        return names(characters) + ", which " + fontName + fix(characters);
    }

    private static String fix(Set<Integer> characters) {
        return ": name a font that has " + (characters.size() == 1 ? "it" : "them") + " in the theme's fallbackFonts";
    }

    /** The first few characters: {@code U+05D0, U+05D1 and U+05D2}, or all with commas when more follow. */
    private static String names(Set<Integer> characters) {
        List<String> names = characters.stream()
                .limit(LISTED)
                .map(c -> String.format(Locale.ROOT, "U+%04X", c))
                .collect(Collectors.toList());
        if (characters.size() > LISTED || names.size() == 1) {
            return String.join(", ", names);
        }
        String last = names.remove(names.size() - 1);
        return String.join(", ", names) + " and " + last;
    }

    /** What one field holds that the PDF cannot print: characters without a glyph. */
    private static final class Unprintable {
        // Sized for the usual case, a field the font prints whole.
        final Set<Integer> missing = new LinkedHashSet<>(0);
    }
}
