package io.github.bulletinkit.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The small decisions of the type styles. */
class TypesetterTest {

    @Test
    void printsATabAsASpaceAndKeepsLineBreaks() {
        assertThat(Typesetter.printable("a\tb\nc")).isEqualTo("a b\nc");
    }
}
