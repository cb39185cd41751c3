package io.github.bulletinkit.odt;

import io.github.bulletinkit.layout.PrintedAddress;
import io.github.bulletinkit.layout.QrCode;
import io.github.bulletinkit.layout.Role;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Label;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.reading.DocumentLanguages;
import io.github.bulletinkit.reading.EntryLabels;
import io.github.bulletinkit.reading.LinkParagraph;
import io.github.bulletinkit.reading.PublishedDate;
import io.github.bulletinkit.reading.ReadProblems;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a row of the table into an {@link Entry}, as the Word reader does: the left cell's paragraphs by their
 * place (the topic, a {@code Source:} line, a {@code Date published:} line, then the summary), the right cell's
 * one link a paragraph; in a document laid out for paper, each link's printed address and QR code (paragraphs in
 * the {@code Entry Address} style) are passed over, and one that is no link's of the cell is reported. The
 * entry's language is its topic's, when all of it is in one. Belongs to one read; not thread-safe.
 */
final class OdtEntryRow {

    /** A paragraph with text, with its number in its cell, from 1, and the QR code it shows (null for none). */
    private record Numbered(int number, OdtParagraph paragraph, String code) {
        String text() {
            return paragraph.plainText();
        }
    }

    private final PublishedDate dates;
    private final EntryLabels labels;
    private final DocumentLanguages languages;
    private final ReadProblems problems;
    private final int maxTextLength;

    OdtEntryRow(PublishedDate dates, EntryLabels labels, DocumentLanguages languages, ReadProblems problems,
            int maxTextLength) {
        this.dates = dates;
        this.labels = labels;
        this.languages = languages;
        this.problems = problems;
        this.maxTextLength = maxTextLength;
    }

    /** The entry of a row at {@code place}; null for a row with no text, or after reporting its problems. */
    Entry read(List<OdtParagraph> left, List<OdtParagraph> right, String place) {
        List<Numbered> information = numbered(left, place + ", left cell", false);
        List<Numbered> links = numbered(right, place + ", right cell", true);
        if (information.isEmpty()) {
            if (!links.isEmpty()) {
                problems.at(place, "has links but no entry in its left cell; " + labels.shape());
            }
            return null;
        }
        int before = problems.count();
        String topic = information.get(0).text();
        String language = information.get(0).paragraph().paragraph().language(languages, 0)
                .orElse(languages.document());
        String source = labelled(information, 1, Label.SOURCE, place, "under the topic");
        String published = source == null ? null : labelled(information, 2, Label.PUBLISHED, place,
                "under the source");
        LocalDate date = published == null ? null : date(published, at(place, information.get(2)));
        if (information.size() <= 3 && published != null) {
            problems.at(place + ", left cell", "ends after the date; " + labels.shape());
        }
        List<RichText> summary = new ArrayList<>();
        for (Numbered paragraph : information.subList(Math.min(3, information.size()), information.size())) {
            try {
                summary.add(paragraph.paragraph().paragraph().richText(languages, language));
            } catch (InvalidBulletinException e) {
                problems.at(at(place, paragraph), e);
            }
        }
        List<Link> read = new ArrayList<>();
        List<Numbered> printed = new ArrayList<>();
        for (Numbered paragraph : links) {
            boolean address = paragraph.paragraph().role() == Role.ADDRESS
                    && !LinkParagraph.hasLink(paragraph.paragraph().paragraph().pieces());
            if (paragraph.code() != null || address) {
                printed.add(paragraph);
                continue;
            }
            Link link = LinkParagraph.read(paragraph.paragraph().paragraph(), place + ", right cell, paragraph "
                    + paragraph.number(), problems, languages, language);
            if (link != null) {
                read.add(link);
            }
        }
        printed.forEach(paragraph -> checkPrinted(paragraph, read, place + ", right cell, paragraph "
                + paragraph.number()));
        if (problems.count() > before) {
            return null;
        }
        try {
            return new Entry(topic, source, date, summary, read, language.equalsIgnoreCase(languages.document()) ? ""
                    : language);
        } catch (InvalidBulletinException e) {
            problems.at(place, e);
            return null;
        }
    }

    private void checkPrinted(Numbered paragraph, List<Link> links, String at) {
        List<String> urls = links.stream().map(Link::url).filter(url -> !url.isEmpty()).toList();
        if (paragraph.code() != null) {
            if (urls.stream().noneMatch(url -> QrCode.describes(paragraph.code(), url))) {
                problems.at(at, "holds the QR code of " + ReadProblems.quote(QrCode.addressIn(paragraph.code())
                        .orElseThrow()) + ", where no link in the cell leads; delete it, or render the bulletin for"
                        + " print again");
            }
            return;
        }
        String text = paragraph.text().strip();
        if (urls.stream().noneMatch(url -> PrintedAddress.of(url).text().equals(text))) {
            problems.at(at, "is in the Entry Address style, where a link's printed address goes, but holds "
                    + ReadProblems.quote(text) + ", the printed address of no link in the cell; correct or delete"
                    + " it, or give it the Entry Link style if it is a link of its own");
        }
    }

    private static String at(String place, Numbered paragraph) {
        return place + ", left cell, paragraph " + paragraph.number();
    }

    private String labelled(List<Numbered> information, int index, Label line, String place, String where) {
        String label = labels.of(line);
        if (index >= information.size()) {
            problems.at(place + ", left cell", "ends before the line \"" + label + " …\" " + where + "; "
                    + labels.shape());
            return null;
        }
        Numbered paragraph = information.get(index);
        String text = paragraph.text();
        Optional<String> found = labels.start(line, text);
        if (found.isEmpty()) {
            problems.at(at(place, paragraph), "expected the line \"" + label + " …\" " + where + ", but found "
                    + ReadProblems.quote(text) + "; " + labels.shape());
            return null;
        }
        String value = text.substring(found.get().length());
        value = value.startsWith(" ") ? value.substring(1) : value;
        if (value.isBlank()) {
            problems.at(at(place, paragraph), "has nothing after \"" + found.get() + "\"");
            return null;
        }
        return value;
    }

    private LocalDate date(String text, String place) {
        Optional<LocalDate> date = dates.parse(text);
        if (date.isEmpty()) {
            problems.at(place, "cannot read the date " + ReadProblems.quote(text.strip())
                    + "; write it as the bulletin does, such as 06 January 2025, or as 2025-01-06");
        }
        return date.orElse(null);
    }

    /**
     * The paragraphs with text of a cell, numbered among all of its paragraphs; reports what they cannot hold.
     * In the links cell, a paragraph of the Entry Address style that shows only a QR code is the code.
     */
    private List<Numbered> numbered(List<OdtParagraph> cell, String place, boolean links) {
        List<Numbered> paragraphs = new ArrayList<>();
        for (int i = 0; i < cell.size(); i++) {
            OdtParagraph paragraph = cell.get(i);
            int number = i + 1;
            Optional<String> code = links && paragraph.role() == Role.ADDRESS && paragraph.isBlank()
                    ? paragraph.pictures().stream().filter(d -> QrCode.addressIn(d).isPresent()).findFirst()
                    : Optional.empty();
            if (code.isPresent() && paragraph.pictures().size() == 1) {
                paragraphs.add(new Numbered(number, paragraph, code.get()));
                continue;
            }
            String at = place + ", paragraph " + number;
            paragraph.report(at, problems);
            if (paragraph.plainText().length() > maxTextLength) {
                problems.at(at, "has " + paragraph.plainText().length() + " characters, more than the limit of "
                        + maxTextLength);
            } else if (!paragraph.isBlank()) {
                paragraphs.add(new Numbered(number, paragraph, null));
            }
        }
        return paragraphs;
    }
}
