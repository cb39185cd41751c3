package io.github.bulletinkit.legacy;

import io.github.bulletinkit.markup.InlineMarkup;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Problem;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

/**
 * Reads one cell of an export, an HTML fragment of {@code <p>} paragraphs, into paragraphs of rich text. The
 * content of each paragraph is {@link InlineMarkup}, the same subset of HTML as in the JSON format; white space
 * is collapsed as a browser shows it. Anything outside the paragraphs is reported rather than dropped.
 */
final class CellMarkup {

    /**
     * Stands in for a paragraph that was reported as unreadable, so that the checks of the rest of its entry go
     * on without false alarms. It never reaches a bulletin: the import fails.
     */
    static final RichText UNREADABLE = RichText.of("\uFFFD");

    private final String cell;
    private final int line;
    private final int maxDepth;
    private final Problems problems;
    private final String html;
    private final List<RichText> paragraphs = new ArrayList<>();
    private final List<Element> ps = new ArrayList<>();
    // Where each element read so far starts in the source: jsoup's copies of an element start there too.
    private final Set<Integer> starts = new HashSet<>();
    // Paragraphs whose parse errors are already told in plainer words: by the inline parser, or as a stray </p>.
    private final List<Element> explained = new ArrayList<>();

    private CellMarkup(String cell, int line, int maxDepth, Problems problems, String html) {
        this.cell = cell;
        this.line = line;
        this.maxDepth = maxDepth;
        this.problems = problems;
        this.html = html;
    }

    /**
     * The paragraphs of {@code html}, leaving out those without text. Problems go to {@code problems}; what
     * can still be read is returned, with {@link #UNREADABLE} for a paragraph that cannot, so that the rest of
     * the export can be checked too.
     *
     * @param cell the cell's name in messages, such as {@code information cell}
     * @param maxDepth the deepest nesting of inline tags a paragraph may have
     */
    static List<RichText> paragraphs(String html, String cell, int line, int maxDepth, Problems problems) {
        return new CellMarkup(cell, line, maxDepth, problems, html).read();
    }

    private List<RichText> read() {
        // A fresh parser a call: jsoup parsers keep their error list as state.
        Parser parser = Parser.htmlParser().setTrackErrors(100).setTrackPosition(true);
        nodes(parser.parseFragmentInput(html, new Element("body"), ""));
        for (ParseError error : parser.getErrors()) {
            int at = error.getPosition();
            // Errors inside a paragraph the inline markup checked are its to report, in its own words; a tag
            // left open at the end is reported where it opens.
            if (explained.stream().noneMatch(p -> contains(p, at))
                    && !error.getErrorMessage().startsWith("Unexpected EOF token")) {
                String where = ps.stream().anyMatch(p -> contains(p, at))
                        ? "in an empty paragraph" : "outside its paragraphs";
                problems.at(line, "the " + cell + " has broken markup " + where + ": " + error.getErrorMessage());
            }
        }
        return paragraphs;
    }

    private void nodes(List<Node> nodes) {
        for (Node node : nodes) {
            if (node instanceof Element e && starts.contains(e.sourceRange().startPos())) {
                // jsoup reopens a tag left open in a paragraph ("<p><b>x</p> <p>y</p>") around what follows.
                // The copy is not in the source, and the paragraph reports the tag; read what it holds.
                nodes(e.childNodes());
            } else if (node instanceof Element e && e.normalName().equals("p") && e.sourceRange().isImplicit()) {
                // jsoup makes an empty paragraph of a </p> that closes nothing.
                explained.add(e);
                problems.at(line, "the " + cell + " has a </p> that closes no paragraph");
            } else if (node instanceof Element e && e.normalName().equals("p")) {
                ps.add(e);
                read(e);
                // The paragraph's own source, between its tags, so that its markup is checked as written.
                String inner = html.substring(e.sourceRange().endPos(), e.endSourceRange().startPos());
                if (!e.text().isBlank()) {
                    explained.add(e);
                    paragraphs.add(paragraph(inner, ps.size()));
                }
            } else if (node instanceof TextNode t && !t.isBlank()) {
                problems.at(line, "the " + cell + " has text outside a <p> paragraph: "
                        + Problems.quote(t.text().strip()));
            } else if (node instanceof Element e) {
                read(e);
                problems.at(line, "the " + cell + " has <" + e.normalName() + "> outside a <p> paragraph");
            }
            // Anything else is white space or a comment, which shows nothing.
        }
    }

    private void read(Element element) {
        element.getAllElements().forEach(e -> starts.add(e.sourceRange().startPos()));
    }

    private static boolean contains(Element element, int position) {
        return element.sourceRange().startPos() <= position && position <= element.endSourceRange().endPos();
    }

    /** The paragraph's text, or {@link #UNREADABLE}. */
    private RichText paragraph(String inner, int number) {
        try {
            return new RichText(collapsed(InlineMarkup.parse(inner, maxDepth).runs()));
        } catch (InvalidBulletinException e) {
            for (Problem problem : e.problems()) {
                problems.at(line, "the " + cell + ", paragraph " + number + ": " + problem.message());
            }
            return UNREADABLE;
        }
    }

    /**
     * The runs as a browser shows them: no white space at the ends, one space for any stretch of it, which
     * keeps the look of the run it begins in; neighbours that look alike are joined.
     */
    private static List<Run> collapsed(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Run look = null;
        Run spaceLook = null;
        for (Run run : runs) {
            for (int i = 0; i < run.text().length(); i++) {
                char c = run.text().charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                    spaceLook = spaceLook == null ? run : spaceLook;
                    continue;
                }
                if (spaceLook != null && look != null) {
                    look = append(out, text, look, spaceLook, ' ');
                }
                spaceLook = null;
                look = append(out, text, look, run, c);
            }
        }
        if (look != null) {
            out.add(new Run(text.toString(), look.styles(), look.url()));
        }
        return out;
    }

    /** Appends {@code c} as it looks in {@code from}, first closing the text gathered if it looks otherwise. */
    private static Run append(List<Run> out, StringBuilder text, Run look, Run from, char c) {
        if (look != null && !(from.styles().equals(look.styles()) && from.url().equals(look.url()))) {
            out.add(new Run(text.toString(), look.styles(), look.url()));
            text.setLength(0);
        }
        text.append(c);
        return from;
    }
}
