package io.github.bulletinkit.layout;

/**
 * What a format does with each kind of {@link CellPart}. It has no default methods, on purpose: a new kind of
 * part is a compile error in every format until it says what it does with it (a jar built against an older
 * BulletinKit fails with an {@link AbstractMethodError} instead).
 *
 * @since 0.2.0
 */
public interface CellVisitor {

    /**
     * A paragraph of text: a topic, a source or date line, a paragraph of a summary, a link.
     *
     * @param block the paragraph; never null
     */
    void paragraph(Block block);

    /**
     * On paper, the address of the link before it, printed for a reader to type.
     *
     * @param address the printed address; never null
     */
    void address(AddressBlock address);

    /**
     * On paper, the QR code of the address before it, for a phone to read.
     *
     * @param code the code; never null
     */
    void qrCode(QrBlock code);
}
