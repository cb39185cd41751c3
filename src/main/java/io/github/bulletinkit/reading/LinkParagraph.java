package io.github.bulletinkit.reading;

import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One paragraph of the Link column as a {@link Link}: the prefix, then the linked text. The prefix is the text in
 * the Entry Link Prefix style; without that style, the text before the hyperlink, as a person writes it by hand.
 * The space that the renderer puts after a prefix is not part of it.
 */
public final class LinkParagraph {

    private LinkParagraph() {
    }

    /**
     * The link, its text's runs marked where they are not in {@code surrounding}, the entry's language; or null
     * after reporting at {@code place} why the paragraph is not one.
     */
    public static Link read(Paragraph paragraph, String place, ReadProblems problems, DocumentLanguages languages,
            String surrounding) {
        List<Piece> pieces = paragraph.pieces();
        int start = 0;
        while (start < pieces.size() && pieces.get(start).prefix() && pieces.get(start).url().isEmpty()) {
            start++;
        }
        if (start == 0) {
            while (start < pieces.size() && pieces.get(start).url().isEmpty() && hasLink(pieces)) {
                start++;
            }
        }
        String prefix = withoutSpaceAfter(text(pieces.subList(0, start)));
        List<Piece> linked = new ArrayList<>(pieces.subList(start, pieces.size()));
        Set<String> urls = linked.stream().map(Piece::url).filter(u -> !u.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (urls.size() > 1) {
            problems.at(place, "holds " + urls.size() + " links (" + String.join(", ", urls)
                    + "); put each link in a paragraph of its own");
            return null;
        }
        String url = urls.isEmpty() ? "" : urls.iterator().next();
        if (!url.isEmpty()) {
            // Spaces typed after the link show nothing; any other text there belongs to no part of a link.
            while (!linked.isEmpty() && linked.get(linked.size() - 1).url().isEmpty()
                    && linked.get(linked.size() - 1).text().isBlank()) {
                linked.remove(linked.size() - 1);
            }
            int last = linked.size() - 1;
            if (linked.get(last).url().isEmpty()) {
                problems.at(place, "has text after the link: " + ReadProblems.quote(text(tail(linked)))
                        + "; a link's paragraph holds a prefix, then the link");
                return null;
            }
        }
        if (text(linked).isBlank()) {
            problems.at(place, "has the prefix " + ReadProblems.quote(prefix) + " but no link text after it");
            return null;
        }
        try {
            return new Link(prefix, new RichText(Paragraph.runs(linked, false, languages, surrounding)), url);
        } catch (InvalidBulletinException e) {
            problems.at(place, e);
            return null;
        }
    }

    /** Whether any of {@code pieces} links somewhere. */
    public static boolean hasLink(List<Piece> pieces) {
        return pieces.stream().anyMatch(p -> !p.url().isEmpty());
    }

    private static List<Piece> tail(List<Piece> pieces) {
        int end = pieces.size();
        int start = end;
        while (start > 0 && pieces.get(start - 1).url().isEmpty()) {
            start--;
        }
        return pieces.subList(start, end);
    }

    private static String text(List<Piece> pieces) {
        return pieces.stream().map(Piece::text).collect(Collectors.joining());
    }

    private static String withoutSpaceAfter(String prefix) {
        return prefix.endsWith(" ") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }
}
