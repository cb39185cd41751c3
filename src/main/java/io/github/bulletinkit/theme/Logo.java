package io.github.bulletinkit.theme;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An organisation's logo: a PNG or JPEG image and the words that say what it shows, its alternative text for
 * people who cannot see it. Its size is read from the image's header, never by decoding its pixels, so that an
 * image whose header claims enormous dimensions is refused before it can exhaust memory. Immutable and
 * thread-safe: the bytes are copied in and out.
 *
 * @since 0.1.0
 */
public final class Logo {

    /** The most pixels a logo may have: 25 megapixels, far more than any printed or screen logo needs. */
    public static final long MAX_PIXELS = 25_000_000L;

    private final byte[] image;
    private final String mediaType;
    private final int width;
    private final int height;
    private final String description;

    private Logo(byte[] image, String mediaType, int width, int height, String description) {
        this.image = image;
        this.mediaType = mediaType;
        this.width = width;
        this.height = height;
        this.description = description;
    }

    /**
     * A logo from the bytes of a PNG or JPEG file.
     *
     * @param image the file's bytes; not null, copied
     * @param description what the logo shows, such as the organisation's name; not blank
     * @return the logo; never null
     * @throws IllegalArgumentException when the description is blank, the bytes are neither PNG nor JPEG, the
     *     header cannot be read, or the image has more than {@link #MAX_PIXELS} pixels; the message says which
     * @throws NullPointerException when an argument is null
     */
    public static Logo of(byte[] image, String description) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(description, "description");
        if (description.isBlank()) {
            throw new IllegalArgumentException("the description must not be empty: it is the logo's alternative text");
        }
        byte[] copy = image.clone();
        String mediaType = mediaType(copy);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(copy))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IllegalArgumentException("the " + mediaType + " image cannot be read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // Width and height come from the header alone; no pixel is decoded here.
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1 || (long) width * height > MAX_PIXELS) {
                    throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                            "the image is %d × %d pixels; a logo may have at most %,d pixels", width, height,
                            MAX_PIXELS));
                }
                return new Logo(copy, mediaType, width, height, description.strip());
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("the " + mediaType + " image's header cannot be read: " + e.getMessage(), e);
        }
    }

    private static String mediaType(byte[] image) {
        if (image.length > 8 && (image[0] & 0xFF) == 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G') {
            return "image/png";
        }
        if (image.length > 3 && (image[0] & 0xFF) == 0xFF && (image[1] & 0xFF) == 0xD8 && (image[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        throw new IllegalArgumentException("not a PNG or JPEG image");
    }

    /**
     * The image file's bytes.
     *
     * @return a copy of the bytes; never null
     */
    public byte[] image() {
        return image.clone();
    }

    /**
     * The image's media type.
     *
     * @return {@code image/png} or {@code image/jpeg}; never null
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The image's width.
     *
     * @return the width in pixels, at least 1
     */
    public int width() {
        return width;
    }

    /**
     * The image's height.
     *
     * @return the height in pixels, at least 1
     */
    public int height() {
        return height;
    }

    /**
     * What the logo shows: its alternative text.
     *
     * @return the description, stripped of surrounding white space; never blank
     */
    public String description() {
        return description;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Logo logo && Arrays.equals(image, logo.image) && description.equals(logo.description);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(image) + description.hashCode();
    }

    @Override
    public String toString() {
        return "Logo[" + mediaType + ", " + width + "×" + height + ", \"" + description + "\"]";
    }
}
