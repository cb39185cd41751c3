package io.github.bulletinkit.layout;

import io.github.bulletinkit.model.Run;
import java.util.List;
import java.util.Objects;

/**
 * On paper, a link's address printed under it, for a reader to type. A format prints its text plainly where it
 * can (an underline would hide an underscore), and breaks its lines where {@link PrintedAddress#breaksAfter}
 * allows, where it controls line breaks (the PDF and the web page do; Word breaks lines by its own rules).
 *
 * @param place where the address comes from, such as {@code entries[3].links[0].url}
 * @param style how it looks: the style of {@link Role#ADDRESS}
 * @param address the address, as printed and in full
 * @since 0.2.0
 */
public record AddressBlock(String place, TextStyle style, PrintedAddress address) implements CellPart {

    /**
     * Checks that no part is null.
     *
     * @param place where the address comes from
     * @param style how it looks
     * @param address the address, as printed and in full
     */
    public AddressBlock {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(address, "address");
    }

    /**
     * The printed address as a paragraph whose one span leads to the address in full, for formats that make it a
     * link as well as print it.
     *
     * @return a block of the role {@link Role#ADDRESS}; never null
     */
    public Block asLink() {
        return new Block(Role.ADDRESS, place, style, List.of(new Span(List.of(Run.plain(address.text())),
                address.address())));
    }

    @Override
    public void accept(CellVisitor visitor) {
        visitor.address(this);
    }
}
