package io.github.bulletinkit.odt;

import io.github.bulletinkit.layout.Role;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.reading.DocumentLanguages;
import io.github.bulletinkit.reading.ReadProblems;

/**
 * Reads the paragraphs of an introduction and of a closing, outside the tables, with their emphasis, links and
 * the languages of their runs. Belongs to one read; not thread-safe.
 */
final class OdtProse {

    private final DocumentLanguages languages;
    private final ReadProblems problems;
    private final int maxTextLength;

    OdtProse(DocumentLanguages languages, ReadProblems problems, int maxTextLength) {
        this.languages = languages;
        this.problems = problems;
        this.maxTextLength = maxTextLength;
    }

    /** The paragraph's text, or null after reporting at {@code place} what it holds that prose cannot. */
    RichText read(OdtParagraph paragraph, String place) {
        int before = problems.count();
        if (paragraph.role() == Role.SECTION_HEADING) {
            // A heading typed where no table follows: reading it as prose would lose what the editor meant.
            problems.at(place, "is a section's heading (Heading 2), " + ReadProblems.quote(paragraph.plainText())
                    + ", with no table after it; a section is its heading, then its table of entries");
        }
        paragraph.report(place, problems);
        if (paragraph.plainText().length() > maxTextLength) {
            problems.at(place, "has " + paragraph.plainText().length() + " characters, more than the limit of "
                    + maxTextLength);
        }
        if (problems.count() > before) {
            return null;
        }
        try {
            return paragraph.paragraph().richText(languages, languages.document());
        } catch (InvalidBulletinException e) {
            problems.at(place, e);
            return null;
        }
    }
}
