package io.github.bulletinkit.legacy;

import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Turns the paragraphs of a link cell into links. Each paragraph holds one or more links run together, each
 * opening with a lead phrase that becomes the link's prefix:
 * <ul>
 *   <li>{@code See also on <name> >}, the name being one to six words, as in {@code See also on NSPCC Learning >};
 *   <li>or a capitalised imperative verb from {@link #VERBS}, then up to six words, then a colon, as in
 *       {@code Read the news story:}, {@code Access the Bill:} or {@code Find out more:}.
 * </ul>
 * A lead phrase starts a paragraph or follows white space, and none of its words after the first is one of the
 * verbs, so that in {@code …it Take part Read the guidance:} the phrase is {@code Read the guidance:}. The verb
 * list is closed on purpose: a colon inside a title ({@code Time for tech firms to act: UK online…},
 * {@code Statement: protecting people…}) must not start a new link.
 */
final class LinkCell {

    private static final String VERBS = "Access|Book|Browse|Download|Explore|Find|Join|Listen|Read|Register|Respond|See|"
            + "Sign|Take|View|Visit|Watch";
    private static final String WORD = "\\s+(?!(?:" + VERBS + ")\\b)[^\\s:>]+";
    private static final Pattern LEAD_PHRASE = Pattern.compile(
            "(?<!\\S)(?:See also on(?:" + WORD + "){1,6}\\s*>|(?:" + VERBS + ")(?:" + WORD + "){0,6}\\s*:)");

    private LinkCell() {
    }

    /** The links in {@code paragraphs}, in order; what cannot be read as a link goes to {@code problems}. */
    static List<Link> links(List<RichText> paragraphs, int line, Problems problems) {
        List<Link> links = new ArrayList<>();
        for (RichText paragraph : paragraphs) {
            if (paragraph == CellMarkup.UNREADABLE) {
                continue;
            }
            String plain = paragraph.plainText();
            List<MatchResult> leads = LEAD_PHRASE.matcher(plain).results().toList();
            if (leads.isEmpty() || leads.get(0).start() != 0) {
                problems.at(line, "the link " + Problems.quote(plain) + " does not start with a lead phrase such as"
                        + " \"Read the report:\" or \"See also on NSPCC Learning >\"");
                continue;
            }
            for (int i = 0; i < leads.size(); i++) {
                String prefix = leads.get(i).group();
                int end = i + 1 < leads.size() ? leads.get(i + 1).start() : plain.length();
                List<Run> text = slice(paragraph.runs(), leads.get(i).end(), end);
                if (text.isEmpty()) {
                    problems.at(line, "the link " + Problems.quote(prefix) + " has no text after its lead phrase");
                    continue;
                }
                try {
                    links.add(new Link(prefix.strip(), new RichText(text), ""));
                } catch (InvalidBulletinException e) {
                    problems.at(line, e.problems());
                }
            }
        }
        return links;
    }

    /** The runs between two character offsets of their text, without white space at either end. */
    private static List<Run> slice(List<Run> runs, int from, int to) {
        List<Run> sliced = new ArrayList<>();
        int offset = 0;
        for (Run run : runs) {
            int start = Math.max(from, offset);
            int end = Math.min(to, offset + run.text().length());
            if (start < end) {
                sliced.add(new Run(run.text().substring(start - offset, end - offset), run.styles(), run.url()));
            }
            offset += run.text().length();
        }
        return trimmed(sliced);
    }

    private static List<Run> trimmed(List<Run> runs) {
        List<Run> out = new ArrayList<>(runs);
        while (!out.isEmpty() && out.get(0).text().isBlank()) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).text().isBlank()) {
            out.remove(out.size() - 1);
        }
        if (!out.isEmpty()) {
            Run first = out.get(0);
            out.set(0, new Run(first.text().stripLeading(), first.styles(), first.url()));
            Run last = out.get(out.size() - 1);
            out.set(out.size() - 1, new Run(last.text().stripTrailing(), last.styles(), last.url()));
        }
        return out;
    }
}
