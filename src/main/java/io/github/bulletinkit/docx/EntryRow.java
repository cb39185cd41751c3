package io.github.bulletinkit.docx;

import io.github.bulletinkit.layout.PrintedAddress;
import io.github.bulletinkit.layout.QrCode;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Label;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.reading.DocumentLanguages;
import io.github.bulletinkit.reading.EntryLabels;
import io.github.bulletinkit.reading.LinkParagraph;
import io.github.bulletinkit.reading.Paragraph;
import io.github.bulletinkit.reading.PublishedDate;
import io.github.bulletinkit.reading.ReadProblems;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads a row of the bulletin's table into an {@link Entry}. The left cell is known by the place of its
 * paragraphs, not by their styles, so that a row a person added by hand reads as well as one we wrote: the
 * topic, then a {@code Source:} line, then a {@code Date published:} line (their labels as {@link EntryLabels}
 * knows them), then the summary, a paragraph each (empty paragraphs are passed over). The entry's language is
 * its topic's, when all of the topic is in one; its source takes that language too, for the model holds none of
 * its own; a run of its summary and links in another language keeps that language. The right cell holds one
 * link a paragraph; in a document laid out for paper, each link's printed address and QR code follow it in
 * paragraphs of the {@code Entry Address} style, which are passed over too, since they show a link's own address
 * again. A printed address or code that is no link's is reported, not dropped: it was edited, its link was, or
 * text was typed in its style. A row of another shape is reported, never guessed at. Belongs to one read; not
 * thread-safe.
 */
final class EntryRow {

    /**
     * A paragraph of a cell with its number in the cell, from 1, whether it is a link's printed address, and the
     * description of the QR code it holds (null for none).
     */
    private record Numbered(int number, Paragraph paragraph, boolean printed, String code) {
        String text() {
            return paragraph.plainText();
        }
    }

    private final ParagraphReader reader;
    private final PublishedDate dates;
    private final EntryLabels labels;
    private final DocumentLanguages languages;
    private final ReadProblems problems;
    private final int maxTextLength;

    EntryRow(ParagraphReader reader, PublishedDate dates, EntryLabels labels, DocumentLanguages languages,
            ReadProblems problems, int maxTextLength) {
        this.reader = reader;
        this.dates = dates;
        this.labels = labels;
        this.languages = languages;
        this.problems = problems;
        this.maxTextLength = maxTextLength;
    }

    /**
     * The entry in a table's row, at {@code place} ({@code table row 3}); null for a row with no text at all, or
     * after reporting its problems.
     */
    Entry read(Element left, Element right, String place) {
        List<Numbered> information = paragraphs(left, place + ", left cell", false);
        List<Numbered> links = paragraphs(right, place + ", right cell", true);
        if (information.isEmpty()) {
            if (!links.isEmpty()) {
                problems.at(place, "has links but no entry in its left cell; " + labels.shape());
            }
            return null;
        }
        int before = problemCount();
        String topic = information.get(0).text();
        // The language of the entry's own text; the document's when its topic says none of its own.
        String language = information.get(0).paragraph().language(languages, 0).orElse(languages.document());
        String source = labelled(information, 1, Label.SOURCE, place, "under the topic");
        // Once the shape is broken, what follows cannot be placed; one problem says so.
        String published = source == null ? null : labelled(information, 2, Label.PUBLISHED, place,
                "under the source");
        LocalDate date = published == null ? null : date(published, at(place, information.get(2)));
        List<RichText> summary = new ArrayList<>();
        if (information.size() <= 3 && published != null) {
            problems.at(place + ", left cell", "ends after the date; " + labels.shape());
        }
        for (Numbered paragraph : information.subList(Math.min(3, information.size()), information.size())) {
            try {
                summary.add(paragraph.paragraph().richText(languages, language));
            } catch (InvalidBulletinException e) {
                problems.at(at(place, paragraph), e);
            }
        }
        List<Link> read = new ArrayList<>();
        List<Numbered> printed = new ArrayList<>();
        for (Numbered paragraph : links) {
            boolean printedAlone = paragraph.printed() && !LinkParagraph.hasLink(paragraph.paragraph().pieces());
            if (paragraph.code() != null || printedAlone) {
                printed.add(paragraph);
                continue;
            }
            Link link = LinkParagraph.read(paragraph.paragraph(), place + ", right cell, paragraph "
                    + paragraph.number(), problems, languages, language);
            if (link != null) {
                read.add(link);
            }
        }
        printed.forEach(paragraph -> checkPrinted(paragraph, read, place + ", right cell, paragraph "
                + paragraph.number()));
        if (problemCount() > before) {
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

    /**
     * A printed address or QR code is passed over when it is one of the cell's links' (an edit may have moved it
     * away from its own link); else reported, for it was changed or its link was.
     */
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

    private int problemCount() {
        return problems.count();
    }

    private static String at(String place, Numbered paragraph) {
        return place + ", left cell, paragraph " + paragraph.number();
    }

    /**
     * The text after the label of the line {@code line} in the {@code index}th paragraph with text; null after
     * reporting it missing.
     */
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
        label = found.get();
        String value = text.substring(label.length());
        value = value.startsWith(" ") ? value.substring(1) : value;
        if (value.isBlank()) {
            problems.at(at(place, paragraph), "has nothing after \"" + label + "\"");
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
     * In the links cell, {@code printed} marks the printed addresses and passes over the QR codes.
     */
    private List<Numbered> paragraphs(Element cell, String place, boolean printed) {
        List<Numbered> paragraphs = new ArrayList<>();
        List<Element> elements = new ArrayList<>();
        CellContent.paragraphs(cell, elements, place, problems);
        for (int i = 0; i < elements.size(); i++) {
            int number = i + 1;
            Paragraph paragraph = reader.read(elements.get(i));
            boolean address = printed && WordXml.paragraphStyle(elements.get(i)).equals(StyleSheet.ADDRESS);
            Optional<String> code = address && paragraph.isBlank() ? code(elements.get(i)) : Optional.empty();
            if (code.isPresent()) {
                // A link's QR code, a picture in a paragraph of its own: checked against the links, not read.
                paragraphs.add(new Numbered(number, paragraph, true, code.get()));
                continue;
            }
            String at = place + ", paragraph " + number;
            paragraph.unsupported().forEach(message -> problems.at(at, message));
            if (paragraph.plainText().length() > maxTextLength) {
                problems.at(at, "has " + paragraph.plainText().length() + " characters, more than the limit of "
                        + maxTextLength);
            } else if (!paragraph.isBlank()) {
                paragraphs.add(new Numbered(number, paragraph, address, null));
            }
        }
        return paragraphs;
    }

    /** The description of the QR code that a paragraph's picture is. */
    private static Optional<String> code(Element paragraph) {
        NodeList pictures = paragraph.getElementsByTagNameNS("*", "docPr");
        for (int i = 0; i < pictures.getLength(); i++) {
            String description = ((Element) pictures.item(i)).getAttribute("descr");
            if (QrCode.addressIn(description).isPresent()) {
                return Optional.of(description);
            }
        }
        return Optional.empty();
    }
}
