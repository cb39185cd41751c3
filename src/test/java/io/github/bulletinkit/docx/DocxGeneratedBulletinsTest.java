package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.json.BulletinJsonWriter;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.RandomBulletins;
import io.github.bulletinkit.testing.ReadingOrder;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any valid bulletin renders to a DOCX that the OOXML schemas accept and that, read back with POI, shows every
 * word of the bulletin in reading order. The bulletins come from fixed seeds.
 */
class DocxGeneratedBulletinsTest {

    static LongStream seeds() {
        return RandomBulletins.seeds(40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void isValidAndShowsEveryWordInOrder(long seed) {
        Bulletin bulletin = RandomBulletins.bulletin(seed);
        String described = "the DOCX of seed " + seed + ", " + BulletinJsonWriter.create().write(bulletin);

        byte[] docx = DocxRenderer.create().render(bulletin);

        assertThat(OoxmlSchemaValidator.problems(docx)).as(described).isEmpty();
        ReadingOrder.assertWordsInOrder(new DocxDocumentReader(docx).text(), ReadingOrder.words(bulletin), described);
    }
}
