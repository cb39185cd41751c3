package io.github.bulletinkit.layout;

import io.github.bulletinkit.BulletinKit;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Label;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Section;
import io.github.bulletinkit.theme.Logo;
import io.github.bulletinkit.theme.Rgb;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rendered bulletin says, in reading order, the one place that decides it: the logo, the heading lines,
 * the introduction, the contents list, each section's heading, each table's header row and entries' rows, the
 * closing and the page footer, each block with its role, its style and its place in the model. Renderers translate roles into their own structure and decide nothing about content or
 * order.
 *
 * <p>Rows are made as they are asked for, entry by entry, so that a renderer that writes as it goes holds one
 * row at a time. A plan belongs to one render and one thread: it keeps the QR codes it made, so that an address
 * that comes back is encoded once. Nothing it returns is null; its lists are unmodifiable.
 *
 * <p>A format written outside BulletinKit makes the plan of the bulletin it is handed, with the options it was
 * made with, and translates it: {@link #accept} hands it every part in reading order, and a {@link Row}'s cells
 * hand theirs to a {@link CellVisitor}.
 *
 * <p>{@linkplain RenderOptions#forPrint() For paper}, each link with an address is followed by an
 * {@link AddressBlock}, and by a {@link QrBlock} when the address is short enough for a code.
 *
 * @since 0.2.0
 */
public final class LayoutPlan {

    private final Bulletin bulletin;
    private final RenderOptions options;
    private final Styles styles;
    private final Words words;
    // Made once: its date is the latest entry's, so making it for each row that asks would cost the square of
    // the entries.
    private final DocumentInfo document;
    private final Map<String, Optional<QrCode>> codes = new HashMap<>();
    /** The index of each section's first entry, then the number of entries: one table of all when no sections. */
    private final int[] starts;

    private LayoutPlan(Bulletin bulletin, RenderOptions options) {
        this.bulletin = bulletin;
        this.options = options;
        this.styles = Styles.of(options);
        this.words = Words.of(bulletin);
        this.document = new DocumentInfo(bulletin.title(), bulletin.language(), bulletin.publisher(),
                bulletin.subtitle().isEmpty() ? bulletin.title() : bulletin.subtitle(), BulletinKit.creator(),
                options.createdFor(bulletin));
        List<Section> sections = bulletin.sections();
        this.starts = new int[Math.max(1, sections.size()) + 1];
        for (int i = 0; i < sections.size(); i++) {
            starts[i + 1] = starts[i] + sections.get(i).entries().size();
        }
        starts[starts.length - 1] = bulletin.entries().size();
    }

    /**
     * The plan of a bulletin.
     *
     * @param bulletin the bulletin; not null
     * @param options how it is laid out; not null
     * @return the plan; never null
     */
    public static LayoutPlan of(Bulletin bulletin, RenderOptions options) {
        return new LayoutPlan(bulletin, options);
    }

    /**
     * The options it is planned with.
     *
     * @return the options; never null
     */
    public RenderOptions options() {
        return options;
    }

    /**
     * Hands every part of the plan to {@code visitor}, in reading order: the document's metadata, the logo, the
     * heading lines, the introduction, the contents list, each section's heading and each table with its rows,
     * the closing, and the footer. Rows are made one at a time, as they are visited.
     *
     * @param visitor what to do with each part; not null
     */
    public void accept(PlanVisitor visitor) {
        visitor.document(document());
        logo().ifPresent(visitor::logo);
        heading().forEach(visitor::heading);
        introduction().forEach(visitor::paragraph);
        contents().ifPresent(visitor::contents);
        List<SectionHeading> sections = sections();
        for (int table = 0; table < tableCount(); table++) {
            if (!sections.isEmpty()) {
                visitor.section(sections.get(table));
            }
            visitor.startTable(columnHeadings(), tableSummary(table));
            rows(table).forEach(visitor::row);
            visitor.endTable();
        }
        closing().forEach(visitor::paragraph);
        visitor.footer(footerWords());
    }

    /**
     * What the document says about itself.
     *
     * @return its title, language, author, subject, creator and date; never null
     */
    public DocumentInfo document() {
        return document;
    }

    /**
     * The type scale and spacing.
     *
     * @return the styles of every role; never null
     */
    public Styles styles() {
        return styles;
    }

    /**
     * The logo above the title, at the theme's height but never wider than the page.
     *
     * @return the logo and its size; empty when the theme has none
     */
    public Optional<Picture> logo() {
        return options.theme().logo().map(logo -> new Picture(logo, Math.min(options.theme().logoHeight(),
                options.contentWidth() * logo.height() / logo.width())));
    }

    /**
     * The lines above the table.
     *
     * @return the title, then the subtitle and the publisher when there are; the last is spaced from the table
     */
    public List<Block> heading() {
        List<Block> heading = new ArrayList<>(3);
        heading.add(plain(Role.TITLE, "title", bulletin.title()));
        if (!bulletin.subtitle().isEmpty()) {
            heading.add(plain(Role.SUBTITLE, "subtitle", bulletin.subtitle()));
        }
        if (!bulletin.publisher().isEmpty()) {
            heading.add(plain(Role.PUBLISHER, "publisher", bulletin.publisher()));
        }
        Block last = heading.remove(heading.size() - 1);
        heading.add(new Block(last.role(), last.place(), last.style().spacedAfter(styles.belowHeading()),
                last.spans()));
        return List.copyOf(heading);
    }

    /**
     * The introduction's paragraphs, between the heading lines and the entries.
     *
     * @return the paragraphs, in order; may be empty. Without sections, the last is spaced from the table
     */
    public List<Block> introduction() {
        List<Block> introduction = paragraphs(Role.INTRODUCTION, "introduction", bulletin.introduction());
        if (introduction.isEmpty() || !bulletin.sections().isEmpty()) {
            return introduction;
        }
        // The table follows: the last paragraph stands off it as the heading lines do.
        List<Block> spaced = new ArrayList<>(introduction);
        Block last = spaced.remove(spaced.size() - 1);
        spaced.add(new Block(last.role(), last.place(), last.style().spacedAfter(styles.belowHeading()),
                last.spans()));
        return List.copyOf(spaced);
    }

    /**
     * The closing's paragraphs, after the last table.
     *
     * @return the paragraphs, in order; may be empty
     */
    public List<Block> closing() {
        return paragraphs(Role.CLOSING, "closing", bulletin.closing());
    }

    /**
     * The sections' headings.
     *
     * @return a heading for each section, in order; empty when the bulletin has no sections
     */
    public List<SectionHeading> sections() {
        List<SectionHeading> headings = new ArrayList<>(bulletin.sections().size());
        for (int i = 0; i < bulletin.sections().size(); i++) {
            headings.add(new SectionHeading(i, plain(Role.SECTION_HEADING, "sections[" + i + "].heading",
                    bulletin.sections().get(i).heading()), anchor(i)));
        }
        return List.copyOf(headings);
    }

    /**
     * The contents list, which a bulletin of two or more sections has after its introduction.
     *
     * @return the list, an item for each section; empty when the bulletin has fewer than two sections
     */
    public Optional<Contents> contents() {
        if (bulletin.sections().size() < 2) {
            return Optional.empty();
        }
        List<Contents.Item> items = new ArrayList<>(bulletin.sections().size());
        for (int i = 0; i < bulletin.sections().size(); i++) {
            items.add(new Contents.Item(plain(Role.CONTENTS_ITEM, "sections[" + i + "].heading",
                    bulletin.sections().get(i).heading()), anchor(i)));
        }
        return Optional.of(new Contents(plain(Role.CONTENTS_HEADING, "", words.contents(),
                words.language(Label.CONTENTS)), items));
    }

    /**
     * How many tables there are: one for each section, or the one table of a bulletin without sections.
     *
     * @return the number of tables; at least one
     */
    public int tableCount() {
        return starts.length - 1;
    }

    /**
     * The header row, which paged formats repeat at the top of every page.
     *
     * @return its two headings
     */
    public List<Block> columnHeadings() {
        return List.of(columnHeading("columns[0]", bulletin.informationHeading(), Label.INFORMATION),
                columnHeading("columns[1]", bulletin.linkHeading(), Label.LINK));
    }

    /** A column's heading: when it is the label, in the label's language. */
    private Block columnHeading(String place, String heading, Label label) {
        return plain(Role.COLUMN_HEADING, place, heading, heading.equals(words.label(label)) ? words.language(label)
                : "");
    }

    /**
     * The rows of every entry, in every table.
     *
     * @return the rows, in order, each made when its iterator comes to it
     */
    public Iterable<Row> rows() {
        return rows(0, bulletin.entries().size());
    }

    /**
     * The rows of one table's entries.
     *
     * @param table the table, from 0: the section's index, or 0 in a bulletin without sections
     * @return the rows, in order, each made when its iterator comes to it
     * @throws IndexOutOfBoundsException when there is no such table
     */
    public Iterable<Row> rows(int table) {
        Objects.checkIndex(table, tableCount());
        return rows(starts[table], starts[table + 1]);
    }

    private Iterable<Row> rows(int first, int end) {
        return () -> new Iterator<>() {
            private int next = first;

            @Override
            public boolean hasNext() {
                return next < end;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return row(next++);
            }
        };
    }

    /**
     * The row of one entry.
     *
     * @param index the entry's index, from 0
     * @return the row, made anew
     * @throws IndexOutOfBoundsException when there is no such entry
     */
    public Row row(int index) {
        Entry entry = bulletin.entries().get(index);
        String at = place(index);
        List<Block> information = new ArrayList<>(3 + entry.summary().size());
        String language = entry.language();
        information.add(plain(Role.TOPIC, at + ".topic", entry.topic(), language));
        // The labels are the bulletin's words, the source the entry's, the date the bulletin's again.
        information.add(line(Role.SOURCE, at + ".source", Label.SOURCE, entry.source(), language));
        information.add(line(Role.PUBLISHED, at + ".published", Label.PUBLISHED, words.date(entry.published()), ""));
        for (int i = 0; i < entry.summary().size(); i++) {
            information.add(new Block(Role.SUMMARY, at + ".summary[" + i + "]", styles.of(Role.SUMMARY),
                    Span.of(inLanguage(entry.summary().get(i), language))));
        }
        List<CellPart> links = new ArrayList<>(entry.links().size() * (options.forPrint() ? 3 : 1));
        for (int i = 0; i < entry.links().size(); i++) {
            Link link = entry.links().get(i);
            links.add(link(at + ".links[" + i + "]", link, language));
            if (options.forPrint() && !link.url().isEmpty()) {
                String place = at + ".links[" + i + "].url";
                links.add(new AddressBlock(place, styles.of(Role.ADDRESS), PrintedAddress.of(link.url())));
                // An address often comes back (a publisher's home page): each is encoded once per plan.
                codes.computeIfAbsent(link.url(), QrCode::of)
                        .ifPresent(code -> links.add(new QrBlock(place, code, styles.belowCode())));
            }
        }
        Direction direction = Direction.of(language.isEmpty() ? bulletin.language() : language);
        return new Row(index, entry.topic(), bulletin.sections().isEmpty() ? 2 : 3, direction,
                List.copyOf(information), List.copyOf(links));
    }

    /** Where an entry is in the model: {@code entries[3]}, or {@code sections[1].entries[0]}. */
    private String place(int index) {
        if (bulletin.sections().isEmpty()) {
            return "entries[" + index + "]";
        }
        int found = Arrays.binarySearch(starts, 0, starts.length - 1, index);
        // Sections are never empty, so a section's first entry is found; any other lies after its section's start.
        int section = found >= 0 ? found : -found - 2;
        return "sections[" + section + "].entries[" + (index - starts[section]) + "]";
    }

    /** The name that links to a section's heading. */
    private static String anchor(int section) {
        return "section-" + (section + 1);
    }

    /**
     * The running footer of a page.
     *
     * @param page the page, from 1
     * @param pages how many pages there are
     * @return its words, such as {@code Page 3 of 7}
     */
    public Block footer(int page, int pages) {
        return plain(Role.FOOTER, "", footerStart(page).text() + footerEnd(pages).text());
    }

    /**
     * The footer's words up to the number of pages, for formats that learn it last.
     *
     * @param page the page, from 1
     * @return its words, such as {@code Page 3 of }
     */
    public Block footerStart(int page) {
        List<String> words = footerWords();
        return plain(Role.FOOTER, "", words.get(0) + String.format(Locale.ROOT, "%d", page) + words.get(1));
    }

    /**
     * The footer's number of pages and the words after it.
     *
     * @param pages how many pages there are
     * @return its words, such as {@code 7}
     */
    public Block footerEnd(int pages) {
        return plain(Role.FOOTER, "", String.format(Locale.ROOT, "%d", pages) + footerWords().get(2));
    }

    /**
     * The footer's words around its two numbers, for formats that count pages themselves (Word's {@code PAGE}
     * and {@code NUMPAGES} fields).
     *
     * @return {@code "Page "}, {@code " of "} and {@code ""}
     */
    public List<String> footerWords() {
        return words.footer();
    }

    /**
     * The words written around the model's own text, such as the labels of an entry's lines.
     *
     * @return the words of the bulletin's language
     */
    public Words words() {
        return words;
    }

    /**
     * What a screen reader announces before it reads a table: its caption or summary.
     *
     * @param table the table, from 0: the section's index, or 0 in a bulletin without sections
     * @return the number of its entries and what each column holds
     * @throws IndexOutOfBoundsException when there is no such table
     */
    public String tableSummary(int table) {
        Objects.checkIndex(table, tableCount());
        return words.tableSummary(starts[table + 1] - starts[table], bulletin.informationHeading(),
                bulletin.linkHeading());
    }

    /**
     * The colour of links.
     *
     * @return the theme's link colour
     */
    public Rgb linkColour() {
        return options.theme().link();
    }

    /**
     * The fill of the header row.
     *
     * @return the theme's accent
     */
    public Rgb headerFill() {
        return options.theme().accent();
    }

    /**
     * The colour of the table's rules.
     *
     * @return the theme's rule colour
     */
    public Rgb ruleColour() {
        return options.theme().rule();
    }

    /**
     * The left column's share of the table's width.
     *
     * @return a fraction between 0 and 1
     */
    public float informationShare() {
        return options.informationShare();
    }

    private List<Block> paragraphs(Role role, String field, List<RichText> paragraphs) {
        List<Block> blocks = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            blocks.add(new Block(role, field + "[" + i + "]", styles.of(role), Span.of(inLanguage(paragraphs.get(i),
                    ""))));
        }
        return List.copyOf(blocks);
    }

    private Block plain(Role role, String place, String text) {
        return plain(role, place, text, "");
    }

    /** A block of plain text in a language: empty for the bulletin's. */
    private Block plain(Role role, String place, String text, String language) {
        return new Block(role, place, styles.of(role), List.of(new Span(List.of(Run.plain(text)
                .inLanguage(marked(language))), "")));
    }

    /** A label and a space, then a value: one run when both are in the bulletin's language. */
    private Block line(Role role, String place, Label label, String value, String language) {
        RichText line = new RichText(List.of(Run.plain(words.label(label) + " ").inLanguage(marked(words.language(
                label))), Run.plain(value).inLanguage(marked(language))));
        return new Block(role, place, styles.of(role), List.of(new Span(line.runs(), "")));
    }

    /** A link as it reads: the prefix and a space, then its text, which alone leads to its address. */
    private Block link(String place, Link link, String language) {
        List<Span> spans = new ArrayList<>(2);
        if (!link.prefix().isEmpty()) {
            spans.add(new Span(List.of(Run.plain(link.prefix() + " ").inLanguage(marked(language))), "", true));
        }
        spans.add(new Span(inLanguage(link.text(), language).runs(), link.url()));
        return new Block(Role.LINK, place, styles.of(Role.LINK), List.copyOf(spans));
    }

    /**
     * Text whose runs say their language only where it is not the bulletin's: a run without one takes
     * {@code language}, the entry's, or the bulletin's when empty.
     */
    private RichText inLanguage(RichText text, String language) {
        List<Run> runs = null;
        for (int i = 0; i < text.runs().size(); i++) {
            Run run = text.runs().get(i);
            Run marked = run.inLanguage(marked(run.language().isEmpty() ? language : run.language()));
            if (marked != run && runs == null) {
                runs = new ArrayList<>(text.runs().subList(0, i));
            }
            if (runs != null) {
                runs.add(marked);
            }
        }
        return runs == null ? text : new RichText(runs);
    }

    /** A language as a run is marked with: empty for the bulletin's own, which the document says already. */
    private String marked(String language) {
        return language.isEmpty() || language.equalsIgnoreCase(bulletin.language()) ? "" : language;
    }

    /**
     * A picture and the size it is shown at.
     *
     * @param logo the image and its description
     * @param height the height shown, in points
     * @since 0.2.0
     */
    public record Picture(Logo logo, float height) {

        /**
         * The width shown, the image's proportions kept.
         *
         * @return the width, in points
         */
        public float width() {
            return height * logo.width() / logo.height();
        }
    }
}
