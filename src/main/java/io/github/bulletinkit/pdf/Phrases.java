package io.github.bulletinkit.pdf;

import io.github.bulletinkit.model.Run;

/**
 * The tags of one element's runs, in order: the element's own for a run in the element's language, else that of a
 * {@code Span} that says the run's, shared by the runs next to it in the same language. A {@code Span} is made only
 * where a run needs one, so that a document all in its own language has the tree it had before languages were
 * marked. Belongs to one block of one render.
 */
final class Phrases {

    private final Structure structure;
    private final StructElement element;
    private final String language;
    private final StructElement link;
    private String own;
    // The language and tag of the phrase the last run went into; null when that run was not in one.
    private String phraseLanguage;
    private String phrase;

    /**
     * {@code language} is the element's, as {@link Languages} decides it; {@code link} is the link whose annotation
     * covers the element's text, or null.
     */
    Phrases(Structure structure, StructElement element, String language, StructElement link) {
        this.structure = structure;
        this.element = element;
        this.language = language;
        this.link = link;
    }

    /** The tag of {@code run}'s chunks, which comes after the runs already tagged. */
    String tag(Run run) {
        if (run.language().equals(language)) {
            interrupt();
            if (own == null) {
                own = structure.tag(element, link);
            }
            return own;
        }
        if (!run.language().equals(phraseLanguage)) {
            StructElement span = structure.phrase(element);
            Languages.mark(span, run.language(), language);
            phraseLanguage = run.language();
            phrase = structure.tag(span, link);
        }
        return phrase;
    }

    /** Something else comes next, such as a link: a run after it in another language starts a new phrase. */
    void interrupt() {
        phraseLanguage = null;
    }
}
