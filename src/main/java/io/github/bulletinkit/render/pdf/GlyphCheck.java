package io.github.bulletinkit.render.pdf;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.Problem;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.render.DocumentText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Finds every character of a bulletin that its face of the PDF font has no glyph for. OpenPDF would print
 * nothing in its place; we refuse the bulletin instead, naming each field and character, before a byte is
 * written.
 */
final class GlyphCheck {

    private static final int LISTED = 5;

    private final PdfFonts fonts;
    private final List<Problem> problems = new ArrayList<>();

    private GlyphCheck(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** The problems, in the order of the bulletin; empty when every character can be shown. */
    static List<Problem> problems(Bulletin bulletin, PdfFonts fonts) {
        GlyphCheck check = new GlyphCheck(fonts);
        check.bulletin(bulletin);
        return check.problems;
    }

    private void bulletin(Bulletin bulletin) {
        plain(() -> "title", bulletin.title(), FontFace.BOLD);
        plain(() -> "subtitle", bulletin.subtitle(), FontFace.REGULAR);
        plain(() -> "columns[0]", bulletin.informationHeading(), FontFace.BOLD);
        plain(() -> "columns[1]", bulletin.linkHeading(), FontFace.BOLD);
        Set<Integer> dateCharacters = new LinkedHashSet<>();
        for (int i = 0; i < bulletin.entries().size(); i++) {
            Entry entry = bulletin.entries().get(i);
            // Places are spelled out only for a field that has a problem: most have none.
            String at = "entries[" + i + "].";
            plain(() -> at + "topic", entry.topic(), FontFace.BOLD);
            plain(() -> at + "source", entry.source(), FontFace.REGULAR);
            missing(DocumentText.publishedLine(entry, bulletin), FontFace.REGULAR, dateCharacters);
            for (int j = 0; j < entry.summary().size(); j++) {
                int paragraph = j;
                rich(() -> at + "summary[" + paragraph + "]", entry.summary().get(j));
            }
            for (int j = 0; j < entry.links().size(); j++) {
                Link link = entry.links().get(j);
                int index = j;
                plain(() -> at + "links[" + index + "].prefix", link.prefix(), FontFace.REGULAR);
                rich(() -> at + "links[" + index + "].text", link.text());
            }
        }
        // The month names come from the language, not from any field the editor wrote.
        if (!dateCharacters.isEmpty()) {
            problems.add(Problem.at("language", "\"" + bulletin.language() + "\" names months with "
                    + describe(dateCharacters)));
        }
    }

    private void plain(Supplier<String> path, String text, FontFace face) {
        Set<Integer> missing = new LinkedHashSet<>();
        missing(text, face, missing);
        report(path, missing);
    }

    private void rich(Supplier<String> path, RichText text) {
        Set<Integer> missing = new LinkedHashSet<>();
        for (Run run : text.runs()) {
            missing(run.text(), FontFace.of(run), missing);
        }
        report(path, missing);
    }

    private void missing(String text, FontFace face, Set<Integer> missing) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            // A line break and a tab (a space) are not glyphs.
            if (c != '\n' && c != '\t' && !fonts.canShow(face, c)) {
                missing.add(c);
            }
        }
    }

    private void report(Supplier<String> path, Set<Integer> missing) {
        if (!missing.isEmpty()) {
            problems.add(Problem.at(path.get(), "contains " + describe(missing)));
        }
    }

    private static String describe(Set<Integer> characters) {
        List<String> names = characters.stream()
                .limit(LISTED)
                .map(c -> String.format(Locale.ROOT, "U+%04X", c))
                .collect(Collectors.toList());
        if (characters.size() > LISTED) {
            return String.join(", ", names) + " and " + (characters.size() - LISTED)
                    + " more characters that the PDF font cannot show";
        }
        String last = names.remove(names.size() - 1);
        String listed = names.isEmpty() ? last : String.join(", ", names) + " and " + last;
        return listed + ", which the PDF font cannot show";
    }
}
