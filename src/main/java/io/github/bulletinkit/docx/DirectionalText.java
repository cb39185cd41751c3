package io.github.bulletinkit.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * A run's text cut where its direction changes, so that the right-to-left pieces can be marked {@code w:rtl}
 * (ISO 29500 17.3.2.30) and the others not: Word shows a run so marked in its complex-script font and orders
 * its digits and punctuation right to left, which an English name inside Arabic must not get. Characters of no
 * direction of their own (spaces, digits, punctuation) stay with the piece before them.
 *
 * @param text the piece
 * @param rightToLeft whether it is written right to left
 */
record DirectionalText(String text, boolean rightToLeft) {

    /** The pieces of {@code text}, in order: the text itself when nothing in it runs right to left. */
    static List<DirectionalText> of(String text) {
        if (!hasRightToLeft(text)) {
            return List.of(new DirectionalText(text, false));
        }
        List<DirectionalText> pieces = new ArrayList<>(3);
        int start = 0;
        Boolean current = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            Boolean strong = direction(c);
            if (strong != null && current != null && !strong.equals(current)) {
                pieces.add(new DirectionalText(text.substring(start, i), current));
                start = i;
            }
            if (strong != null) {
                current = strong;
            }
            i += Character.charCount(c);
        }
        pieces.add(new DirectionalText(text.substring(start), current != null && current));
        return List.copyOf(pieces);
    }

    private static boolean hasRightToLeft(String text) {
        for (int i = 0; i < text.length(); i++) {
            // Nothing below U+0590 is written right to left.
            if (text.charAt(i) >= 0x0590 && Boolean.TRUE.equals(direction(text.charAt(i)))) {
                return true;
            }
        }
        return false;
    }

    /** True for a letter written right to left, false for one written left to right, null for the rest. */
    private static Boolean direction(int c) {
        return switch (Character.getDirectionality(c)) {
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> true;
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> false;
            default -> null;
        };
    }
}
