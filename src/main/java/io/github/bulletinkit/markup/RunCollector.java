package io.github.bulletinkit.markup;

import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Problem;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Walks a parsed fragment and turns its text into runs, reporting what the subset does not allow. */
final class RunCollector {

    private static final Map<String, Style> STYLES = Map.of(
            "b", Style.BOLD, "strong", Style.BOLD,
            "i", Style.ITALIC, "em", Style.ITALIC,
            "u", Style.UNDERLINE);

    /** The tags the subset allows, as messages name them. */
    static final String ALLOWED = "b, strong, i, em, u, a and span";

    private final List<Run> runs;
    private final List<Problem> problems;
    private final int maxDepth;

    RunCollector(List<Run> runs, List<Problem> problems, int maxDepth) {
        this.runs = runs;
        this.problems = problems;
        this.maxDepth = maxDepth;
    }

    void collect(List<Node> nodes) {
        collect(nodes, EnumSet.noneOf(Style.class), "", "", 0);
    }

    private void collect(List<Node> nodes, Set<Style> styles, String url, String language, int depth) {
        for (Node node : nodes) {
            if (node instanceof TextNode text) {
                addRun(text.getWholeText(), styles, url, language);
            } else if (node instanceof Element element) {
                element(element, styles, url, language, depth + 1);
            } else {
                problems.add(Problem.at("", "unsupported markup at character " + position(node)
                        + " (" + node.nodeName() + "); only text and the tags " + ALLOWED + " are allowed"));
            }
        }
    }

    private void element(Element element, Set<Style> styles, String url, String language, int depth) {
        String tag = element.normalName();
        String at = " at character " + position(element);
        if (depth > maxDepth) {
            problems.add(Problem.at("", "markup nested deeper than " + maxDepth + " tags" + at));
            return;
        }
        if (!STYLES.containsKey(tag) && !tag.equals("a") && !tag.equals("span")) {
            problems.add(Problem.at("", "unsupported tag <" + tag + ">" + at + "; only " + ALLOWED + " are allowed"));
            return;
        }
        if (!element.endSourceRange().isTracked()
                || element.endSourceRange().startPos() == element.endSourceRange().endPos()) {
            problems.add(Problem.at("", "<" + tag + ">" + at + " is never closed"));
        }
        for (Attribute attribute : element.attributes()) {
            if (!(tag.equals("a") && attribute.getKey().equals("href"))
                    && !(tag.equals("span") && attribute.getKey().equals("lang"))) {
                problems.add(Problem.at("", "unsupported attribute " + attribute.getKey() + " on <" + tag + ">" + at));
            }
        }
        Set<Style> inner = EnumSet.noneOf(Style.class);
        inner.addAll(styles);
        String innerUrl = url;
        String innerLanguage = language;
        if (tag.equals("span")) {
            innerLanguage = element.attr("lang");
            if (innerLanguage.isEmpty()) {
                problems.add(Problem.at("", "<span>" + at + " needs a lang with the language of its text, such as"
                        + " lang=\"cy\""));
            }
        } else if (tag.equals("a")) {
            innerUrl = element.attr("href");
            if (innerUrl.isEmpty()) {
                problems.add(Problem.at("", "<a>" + at + " needs an href with the link's address"));
            }
        } else {
            inner.add(STYLES.get(tag));
        }
        collect(element.childNodes(), inner, innerUrl, innerLanguage, depth);
    }

    private void addRun(String text, Set<Style> styles, String url, String language) {
        if (text.isEmpty()) {
            return;
        }
        try {
            runs.add(new Run(text, styles, url, language));
        } catch (InvalidBulletinException e) {
            problems.addAll(e.problems());
        }
    }

    private static int position(Node node) {
        return node.sourceRange().isTracked() ? node.sourceRange().startPos() + 1 : 0;
    }
}
