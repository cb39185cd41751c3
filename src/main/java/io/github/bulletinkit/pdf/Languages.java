package io.github.bulletinkit.pdf;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.Span;
import io.github.bulletinkit.model.Run;
import java.util.List;

/**
 * Which structure elements say a language (ISO 32000-1, 14.9.2), the one place that decides it. The catalog says
 * the document's. The plan marks a run with its language only where that is not the document's, so the language
 * of an element is the one all its runs are marked with, or the document's (empty) when they differ or none is
 * marked. An element says its language in {@code /Lang} when that is not its parent's, which it would otherwise
 * inherit; a run in another language than its element's goes into a {@code Span} that says its own.
 */
final class Languages {

    private Languages() {
    }

    /** The language of a block's element: the one all its runs share, else empty for the document's. */
    static String of(Block block) {
        String language = null;
        for (Span span : block.spans()) {
            language = shared(language, span.runs());
        }
        return language == null ? "" : language;
    }

    /** The language of a link's element: the one all its runs share, else empty for the document's. */
    static String of(Span link) {
        String language = shared(null, link.runs());
        return language == null ? "" : language;
    }

    // The language shared by the runs seen so far (null before the first) and these; empty once two differ.
    private static String shared(String language, List<Run> runs) {
        for (Run run : runs) {
            if (language == null) {
                language = run.language();
            } else if (!language.equals(run.language())) {
                return "";
            }
        }
        return language;
    }

    /** Says {@code language} on {@code element} unless it inherits it from its parent, whose is {@code parents}. */
    static void mark(StructElement element, String language, String parents) {
        if (!language.equals(parents)) {
            element.put(PdfName.LANG, new PdfString(language));
        }
    }
}
