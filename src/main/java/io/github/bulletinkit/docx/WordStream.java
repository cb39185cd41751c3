package io.github.bulletinkit.docx;

import io.github.bulletinkit.writing.XmlStream;
import java.io.OutputStream;

/**
 * A Word part's XML written as it comes, so that a body of any length holds one element at a time: names with
 * their prefixes ({@code w:p}), which the root element declares once. An I/O failure of the stream below comes
 * as an {@link java.io.UncheckedIOException} around it, which the renderer unwraps. Belongs to one part; not
 * thread-safe.
 */
final class WordStream extends XmlStream<WordStream> {

    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";

    private WordStream(OutputStream out) {
        super(out, true);
    }

    /**
     * Starts a part in {@code out} whose root is {@code root} ({@code w:document}), with the prefixes of
     * WordprocessingML and of relationships declared, and of pictures when it holds any.
     */
    static WordStream start(OutputStream out, String root, boolean pictures) {
        WordStream part = new WordStream(out).start(root).attribute("xmlns:w", WordXml.W)
                .attribute("xmlns:r", WordXml.R);
        if (pictures) {
            part.attribute("xmlns:wp", WP).attribute("xmlns:a", A).attribute("xmlns:pic", PIC);
        }
        return part;
    }

    /** Starts a part of another vocabulary, such as relationships, whose names have no prefix. */
    static WordStream start(OutputStream out, String root, String namespace) {
        return new WordStream(out).start(root).attribute("xmlns", namespace);
    }

    @Override
    protected WordStream self() {
        return this;
    }

    /** Writes an element such as {@code <w:pStyle w:val="Title"/>}: one attribute, {@code w:val}. */
    WordStream value(String name, String value) {
        return empty(name).attribute("w:val", value);
    }
}
