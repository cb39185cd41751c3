package io.github.bulletinkit.markup;

import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Problem;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

/**
 * The small subset of HTML that summaries and link texts may carry: {@code <b>}/{@code <strong>},
 * {@code <i>}/{@code <em>}, {@code <u>}, {@code <a href="…">}, {@code <span lang="…">} (text in another
 * language) and character references such as {@code &amp;amp;}.
 *
 * <p>A {@code <} or {@code &} that does not start markup ({@code children aged <5}, {@code Tom & Jerry})
 * is text. Any other tag, an attribute other than {@code href} on {@code <a>} or {@code lang} on
 * {@code <span>}, a tag left open or closed
 * without being opened, is an error. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class InlineMarkup {

    /** The deepest nesting of tags {@link #parse(String)} accepts; deeper markup is surely not a bulletin's. */
    public static final int DEFAULT_MAX_DEPTH = 32;

    private InlineMarkup() {
    }

    /**
     * Parses {@code html} into rich text, refusing tags nested deeper than {@value #DEFAULT_MAX_DEPTH}.
     *
     * @param html the markup; not null
     * @return the rich text; never null
     * @throws InvalidBulletinException listing every problem, each placed by its character position
     */
    public static RichText parse(String html) {
        return parse(html, DEFAULT_MAX_DEPTH);
    }

    /**
     * Parses {@code html} into rich text, refusing tags nested deeper than {@code maxDepth}.
     *
     * @param html the markup; not null
     * @param maxDepth the deepest nesting of tags to accept
     * @return the rich text; never null
     * @throws InvalidBulletinException listing every problem, each placed by its character position
     */
    public static RichText parse(String html, int maxDepth) {
        // A fresh parser a call: jsoup parsers keep their error list as state.
        Parser parser = Parser.htmlParser().setTrackErrors(100).setTrackPosition(true);
        List<org.jsoup.nodes.Node> nodes = parser.parseFragmentInput(html, new Element("body"), "");
        List<Problem> problems = new ArrayList<>();
        for (ParseError error : parser.getErrors()) {
            MarkupErrors.describe(error, html).ifPresent(message -> problems.add(Problem.at("", message)));
        }
        List<Run> runs = new ArrayList<>();
        new RunCollector(runs, problems, maxDepth).collect(nodes);
        if (problems.stream().anyMatch(p -> p.message().startsWith(MarkupErrors.NESTED_LINK))) {
            // jsoup closes the outer link early; its "never closed" and stray </a> would only confuse.
            problems.removeIf(p -> p.message().startsWith("<a> at") || p.message().startsWith("</a> at"));
        }
        if (problems.isEmpty()) {
            try {
                return new RichText(runs);
            } catch (InvalidBulletinException e) {
                problems.addAll(e.problems());
            }
        }
        throw new InvalidBulletinException(problems);
    }

    /**
     * Writes {@code text} as markup that {@link #parse(String)} reads back to an equal value. Emphasis is
     * written as {@code <b>}, {@code <i>} and {@code <u>}, a language as {@code <span lang>}; {@code &}, {@code <} and {@code >} as character
     * references.
     *
     * @param text the rich text; not null
     * @return the markup; never null
     */
    public static String format(RichText text) {
        StringBuilder out = new StringBuilder();
        for (Run run : text.runs()) {
            StringBuilder closing = new StringBuilder();
            if (!run.language().isEmpty()) {
                out.append("<span lang=\"").append(escape(run.language())).append("\">");
                closing.insert(0, "</span>");
            }
            if (run.isLink()) {
                out.append("<a href=\"").append(escape(run.url()).replace("\"", "&quot;")).append("\">");
                closing.insert(0, "</a>");
            }
            for (Style style : Style.values()) {
                if (run.has(style)) {
                    String tag = TAGS.get(style.ordinal());
                    out.append('<').append(tag).append('>');
                    closing.insert(0, "</" + tag + ">");
                }
            }
            out.append(escape(run.text())).append(closing);
        }
        return out.toString();
    }

    /** The tag written for each {@link Style}, by ordinal. */
    private static final List<String> TAGS = List.of("b", "i", "u");

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
