package io.github.bulletinkit.layout;

import java.util.Objects;

/**
 * On paper, the QR code of a link's address, under its printed address, for a phone to read; absent when the
 * address is too long for a code that scans at the printed size.
 *
 * @param place where the address comes from, such as {@code entries[3].links[0].url}
 * @param code the code, its description the alternative text
 * @param spaceAfter the space below it, in points: the space between links
 * @since 0.2.0
 */
public record QrBlock(String place, QrCode code, float spaceAfter) implements CellPart {

    /**
     * Checks that no part is null.
     *
     * @param place where the address comes from
     * @param code the code
     * @param spaceAfter the space below it, in points
     */
    public QrBlock {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(code, "code");
    }

    @Override
    public void accept(CellVisitor visitor) {
        visitor.qrCode(this);
    }
}
