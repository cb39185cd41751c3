package io.github.bulletinkit.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A link's address as it is printed on paper, for a reader to type: without the noise that typing does not
 * need, never changed in a way that would stop it working, and with the places where a line may break.
 *
 * <ul>
 *   <li>{@code https://} goes, for every browser adds it; {@code http://} stays, for a browser would then try
 *       {@code https://}, which the site may not serve;
 *   <li>{@code mailto:} goes before an e-mail address;
 *   <li>a lone {@code /} after the host goes ({@code example.org/} is {@code example.org});
 *   <li>everything else stays as written: the case of the path, percent-encoding, the query and the fragment.
 * </ul>
 *
 * <p>A line may break after a {@code /} (but not between the two of {@code //}) and before a {@code ?},
 * {@code &}, {@code #} or {@code .}, so that each line starts with the character that says it goes on; never at
 * a hyphen, which a reader would take for a hyphenation, and never by adding a character of its own.
 *
 * @param text the address as printed
 * @param address the address in full, as the link has it
 *
 * @since 0.2.0
 */
public record PrintedAddress(String text, String address) {

    private static final String BREAKS_BEFORE = "?&#.";

    /**
     * The printed form of {@code address}.
     *
     * @param address a link's address; not empty
     * @return its printed form; never null
     */
    public static PrintedAddress of(String address) {
        String text = address;
        String lower = address.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mailto:")) {
            text = address.substring("mailto:".length());
        } else if (lower.startsWith("https://")) {
            text = address.substring("https://".length());
            int slash = text.indexOf('/');
            if (slash > 0 && slash == text.length() - 1) {
                text = text.substring(0, slash);
            }
        }
        return new PrintedAddress(text.isEmpty() ? address : text, address);
    }

    /**
     * Whether a line of {@code text} may break between the characters at {@code index} and {@code index + 1}.
     *
     * @param text a printed address
     * @param index a position in it, from 0
     * @return true when a line may end after the character at {@code index}
     */
    public static boolean breaksAfter(CharSequence text, int index) {
        if (index < 0 || index + 1 >= text.length()) {
            return false;
        }
        char here = text.charAt(index);
        char next = text.charAt(index + 1);
        if (here == '/') {
            return next != '/';
        }
        return BREAKS_BEFORE.indexOf(next) >= 0 && BREAKS_BEFORE.indexOf(here) < 0;
    }

    /**
     * The printed text cut at every place a line may break; joined, the pieces are {@link #text()}.
     *
     * @return the pieces, in order; never empty
     */
    public List<String> pieces() {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (breaksAfter(text, i)) {
                pieces.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        pieces.add(text.substring(start));
        return List.copyOf(pieces);
    }
}
