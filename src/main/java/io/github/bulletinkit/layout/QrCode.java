package io.github.bulletinkit.layout;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.net.URI;
import java.util.BitSet;
import java.util.Map;
import java.util.Optional;

/**
 * A QR code of a link's address, the same in every format: which of its modules are dark, and how large it is
 * printed. ZXing makes it; formats only draw the squares.
 *
 * <p>Sized to be scanned from a printed A4 page by a phone held at arm's length, 30 to 45 cm away, in ordinary
 * light:
 * <ul>
 *   <li>each module is {@value #MODULE_MILLIMETRES} mm square: a phone camera's preview (1920 pixels across a
 *       field some 40 cm wide at that distance) then sees two to three pixels a module, which decoders need;
 *   <li>a quiet zone of {@value #QUIET_ZONE} modules on every side, as ISO/IEC 18004 asks, kept inside the
 *       picture so that no text or rule can come nearer;
 *   <li>error correction level M, which restores 15% of the code: enough for a fold, a smudge or a toner streak,
 *       where Q or H would make the code of a typical address a version larger;
 *   <li>at most version {@value #MAX_VERSION}, 57 modules, 39 mm with its quiet zone: the widest code that fits
 *       the link column of an A4 page. That holds {@value #MAX_BYTES} bytes, an {@code https} address of up to
 *       {@value #MAX_BYTES} characters; a longer address is printed without a code.
 * </ul>
 *
 * <p>The code holds the address's ASCII form (non-ASCII characters percent-encoded as UTF-8, as a browser sends
 * them), which every phone reads alike. Immutable.
 *
 * @since 0.2.0
 */
public final class QrCode {

    /** The side of a module, in millimetres. */
    public static final float MODULE_MILLIMETRES = 0.6f;
    /** The side of a module, in points. */
    public static final float MODULE_POINTS = MODULE_MILLIMETRES * 72 / 25.4f;
    /** The blank border on every side, in modules. */
    public static final int QUIET_ZONE = 4;
    /** The largest version made. */
    public static final int MAX_VERSION = 10;
    /** The most bytes a code of {@link #MAX_VERSION} holds at level M. */
    public static final int MAX_BYTES = 213;

    private static final String DESCRIPTION = "QR code for ";

    private final String address;
    private final int size;
    private final BitSet dark;

    private QrCode(String address, int size, BitSet dark) {
        this.address = address;
        this.size = size;
        this.dark = dark;
    }

    /**
     * The code of {@code address}, unless it needs a version above {@link #MAX_VERSION}.
     *
     * @param address a link's address; not empty
     * @return the code, or empty when the address is too long for one that scans at this size
     */
    public static Optional<QrCode> of(String address) {
        String ascii = ascii(address);
        try {
            // No character set hint: an ASCII address then goes in byte mode without an ECI header, which
            // some phone readers show as part of the text. ZXing picks the smallest version and the mask.
            com.google.zxing.qrcode.encoder.QRCode code = Encoder.encode(ascii, ErrorCorrectionLevel.M, Map.of());
            if (code.getVersion().getVersionNumber() > MAX_VERSION) {
                return Optional.empty();
            }
            ByteMatrix matrix = code.getMatrix();
            int size = matrix.getWidth();
            BitSet dark = new BitSet(size * size);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    dark.set(y * size + x, matrix.get(x, y) == 1);
                }
            }
            return Optional.of(new QrCode(ascii, size, dark));
        } catch (WriterException e) {
            // More than any version holds.
            return Optional.empty();
        }
    }

    private static String ascii(String address) {
        try {
            return new URI(address).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            return address;
        }
    }

    /**
     * What the code reads as.
     *
     * @return the address, its non-ASCII characters percent-encoded; never null
     */
    public String address() {
        return address;
    }

    /**
     * The modules on a side, without the quiet zone.
     *
     * @return from 21 (version 1) to 57 (version 10)
     */
    public int size() {
        return size;
    }

    /**
     * Whether a module is dark.
     *
     * @param x its column, from 0 at the left
     * @param y its row, from 0 at the top
     * @return true for a dark module
     */
    public boolean isDark(int x, int y) {
        return dark.get(y * size + x);
    }

    /**
     * The modules on a side, quiet zone included.
     *
     * @return {@link #size()} and the quiet zone on both sides
     */
    public int sizeWithQuietZone() {
        return size + 2 * QUIET_ZONE;
    }

    /**
     * The side of the printed code, quiet zone included.
     *
     * @return the side, in points
     */
    public float sidePoints() {
        return sizeWithQuietZone() * MODULE_POINTS;
    }

    /**
     * The code's alternative text, for a screen reader and for a reader of the document's text.
     *
     * @return {@code QR code for} and the address; never null
     */
    public String description() {
        return DESCRIPTION + address;
    }

    /**
     * Whether {@code description} is the {@linkplain #description() description} of the code of {@code address},
     * as a reader of a document finds it beside the picture.
     *
     * @param description a picture's description; not null
     * @param address a link's address; not null
     * @return true when the picture is that address's code
     */
    public static boolean describes(String description, String address) {
        return description.equals(DESCRIPTION + ascii(address));
    }

    /**
     * The address that a code's {@linkplain #description() description} names.
     *
     * @param description a picture's description; not null
     * @return the address, as the code reads; empty when the description is not a code's
     */
    public static Optional<String> addressIn(String description) {
        return description.startsWith(DESCRIPTION) ? Optional.of(description.substring(DESCRIPTION.length()))
                : Optional.empty();
    }
}
