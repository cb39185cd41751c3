package io.github.bulletinkit.odt;

import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.layout.Role;
import java.util.Optional;

/**
 * The named styles of a bulletin's ODT, which an editor changes once for every paragraph of a kind: {@code Title},
 * {@code Subtitle}, {@code Publisher}, {@code Introduction}, {@code Contents Heading} and {@code Contents 1},
 * {@code Heading 2} for sections' headings and {@code Heading 3} for their topics (or {@code Heading 2} for the
 * topics of a bulletin without sections), {@code Table Heading}, {@code Entry Details}, {@code Entry Summary},
 * {@code Entry Link}, {@code Entry Address}, {@code Closing}, {@code Footer}; and the text styles
 * {@code Internet link} (LibreOffice's own for links) and {@code Entry Link Prefix}. The names are the ones the
 * DOCX uses, in LibreOffice's spelling where LibreOffice has a style of its own. Immutable.
 */
final class OdtStyleNames {

    static final String HYPERLINK = "Internet link";
    static final String LINK_PREFIX = "Entry Link Prefix";
    /** The automatic text style of the footer's words, when they are in another language than the document. */
    static final String FOOTER_LANGUAGE = "FooterLanguage";

    private final int topicLevel;

    private OdtStyleNames(int topicLevel) {
        this.topicLevel = topicLevel;
    }

    /** The names of a plan: its topics are third-level headings under sections' headings, else second-level. */
    static OdtStyleNames of(LayoutPlan plan) {
        return new OdtStyleNames(plan.sections().isEmpty() ? 2 : 3);
    }

    /** The outline level of a topic's heading. */
    int topicLevel() {
        return topicLevel;
    }

    /** The display name of a topic's paragraph style. */
    String topic() {
        return "Heading " + topicLevel;
    }

    /** The display name of a role's paragraph style. */
    String paragraph(Role role) {
        return switch (role) {
            case LOGO, TITLE -> "Title";
            case SUBTITLE -> "Subtitle";
            case PUBLISHER -> "Publisher";
            case INTRODUCTION -> "Introduction";
            case CONTENTS_HEADING -> "Contents Heading";
            case CONTENTS_ITEM -> "Contents 1";
            case SECTION_HEADING -> "Heading 2";
            case COLUMN_HEADING -> "Table Heading";
            case TOPIC -> topic();
            case SOURCE, PUBLISHED -> "Entry Details";
            case SUMMARY -> "Entry Summary";
            case LINK -> "Entry Link";
            case CLOSING -> "Closing";
            case ADDRESS -> "Entry Address";
            case FOOTER -> "Footer";
        };
    }

    /** The outline level a role's paragraphs are headings of; 0 for a paragraph that is no heading. */
    int outlineLevel(Role role) {
        return switch (role) {
            case TITLE -> 1;
            case SECTION_HEADING -> 2;
            case TOPIC -> topicLevel;
            default -> 0;
        };
    }

    /**
     * What a paragraph style's display name says a paragraph is, for the reader: only the names that place a
     * paragraph outside the table; a heading's is {@link Role#SECTION_HEADING} for {@code Heading 2}.
     */
    static Optional<Role> role(String displayName) {
        return Optional.ofNullable(switch (displayName) {
            case "Title" -> Role.TITLE;
            case "Subtitle" -> Role.SUBTITLE;
            case "Publisher" -> Role.PUBLISHER;
            case "Introduction" -> Role.INTRODUCTION;
            case "Contents Heading" -> Role.CONTENTS_HEADING;
            case "Contents 1" -> Role.CONTENTS_ITEM;
            case "Heading 2" -> Role.SECTION_HEADING;
            case "Entry Address" -> Role.ADDRESS;
            case "Closing" -> Role.CLOSING;
            default -> null;
        });
    }

    /**
     * A style's name as LibreOffice encodes a display name: each character that a name may not hold, a space
     * first, as {@code _20_} and the like, so that {@code Entry Summary} is {@code Entry_20_Summary}.
     */
    static String encoded(String displayName) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < displayName.length(); i++) {
            char c = displayName.charAt(i);
            if (c < 0x80 && Character.isLetterOrDigit(c) || c == '-' || c == '.') {
                name.append(c);
            } else {
                name.append('_').append(Integer.toHexString(c)).append('_');
            }
        }
        return name.toString();
    }
}
