package io.github.bulletinkit.legacy;

import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Problem;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;

/**
 * Reads one cell of an export, an HTML fragment of {@code <p>} paragraphs, into paragraphs of rich text.
 * Only {@code p}, {@code b}, {@code strong}, {@code i}, {@code em} and {@code u} are understood; anything else
 * is reported rather than dropped, and so is markup that the HTML parser had to repair.
 */
final class CellMarkup {

    private static final int MAX_PARSE_ERRORS = 10;
    private static final Map<String, Style> STYLES = Map.of(
            "b", Style.BOLD, "strong", Style.BOLD, "i", Style.ITALIC, "em", Style.ITALIC, "u", Style.UNDERLINE);
    private static final String ALLOWED = "only <p>, <b>, <strong>, <i>, <em> and <u> are allowed";

    /**
     * Stands in for a paragraph whose text the model refuses, once that is reported, so that the checks of the
     * rest of its entry go on without false alarms. It never reaches a bulletin: the import fails.
     */
    static final RichText UNREADABLE = RichText.of("\uFFFD");

    private final String cell;
    private final int line;
    private final Problems problems;

    private CellMarkup(String cell, int line, Problems problems) {
        this.cell = cell;
        this.line = line;
        this.problems = problems;
    }

    /**
     * The paragraphs of {@code html}, leaving out those without text. Problems go to {@code problems}; what
     * can still be read is returned, with {@link #UNREADABLE} for a paragraph that cannot, so that the rest of
     * the export can be checked too.
     *
     * @param cell the cell's name in messages, such as {@code information cell}
     */
    static List<RichText> paragraphs(String html, String cell, int line, Problems problems) {
        return new CellMarkup(cell, line, problems).read(html);
    }

    private List<RichText> read(String html) {
        ParseErrorList errors = ParseErrorList.tracking(MAX_PARSE_ERRORS);
        List<Node> nodes = Parser.parseFragment(html, new Element("body"), "", errors);
        for (ParseError error : errors) {
            problems.at(line, "the " + cell + " has broken markup: " + error.getErrorMessage());
        }
        List<RichText> paragraphs = new ArrayList<>();
        int number = 0;
        for (Node node : nodes) {
            if (node instanceof Element e && e.normalName().equals("p")) {
                number++;
                RichText paragraph = paragraph(e, number);
                if (paragraph != null) {
                    paragraphs.add(paragraph);
                }
            } else if (node instanceof TextNode t && !t.isBlank()) {
                problems.at(line, "the " + cell + " has text outside a <p> paragraph: " + Problems.quote(t.text().strip()));
            } else if (node instanceof Element e) {
                problems.at(line, "the " + cell + " has <" + e.normalName() + "> outside a <p> paragraph");
            }
            // Anything else is white space or a comment, which shows nothing.
        }
        return paragraphs;
    }

    /** The paragraph's text with its emphasis, null when it has no text, or {@link #UNREADABLE}. */
    private RichText paragraph(Element p, int number) {
        RunCollector runs = new RunCollector();
        for (Node child : p.childNodes()) {
            inline(child, Set.of(), runs);
        }
        try {
            List<Run> collected = runs.finish();
            return collected.isEmpty() ? null : new RichText(collected);
        } catch (InvalidBulletinException e) {
            for (Problem problem : e.problems()) {
                problems.at(line, "the " + cell + ", paragraph " + number + ": " + problem.message());
            }
            return UNREADABLE;
        }
    }

    private void inline(Node node, Set<Style> styles, RunCollector runs) {
        if (node instanceof TextNode text) {
            runs.append(text.getWholeText(), styles);
        } else if (node instanceof Element element) {
            Set<Style> inner = styles;
            Style style = STYLES.get(element.normalName());
            if (style == null) {
                problems.at(line, "the " + cell + " has <" + element.normalName() + ">, but " + ALLOWED);
            } else {
                EnumSet<Style> added = EnumSet.of(style);
                added.addAll(styles);
                inner = added;
            }
            for (Node child : element.childNodes()) {
                inline(child, inner, runs);
            }
        }
    }
}
