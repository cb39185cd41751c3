package io.github.bulletinkit.pdf;

import io.github.bulletinkit.format.Orientation;
import io.github.bulletinkit.format.PageSize;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.json.BulletinJsonWriter;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.RandomBulletins;
import io.github.bulletinkit.testing.ReadingOrder;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any valid bulletin renders, and its PDF, read back with PDFBox, shows every word of it in reading order. The
 * bulletins come from fixed seeds, every other one on Letter landscape.
 */
class PdfGeneratedBulletinsTest {

    static LongStream seeds() {
        return RandomBulletins.seeds(40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void showsEveryWordInOrder(long seed) {
        Bulletin bulletin = RandomBulletins.bulletin(seed);
        RenderOptions options = seed % 2 == 0 ? RenderOptions.defaults()
                : RenderOptions.builder().pageSize(PageSize.LETTER).orientation(Orientation.LANDSCAPE).build();

        PdfDocumentReader pdf = PdfDocumentReader.read(PdfRenderer.builder().options(options).build().render(bulletin));

        ReadingOrder.assertWordsInOrder(PdfDocumentReader.normalized(pdf.text()), ReadingOrder.words(bulletin),
                "the PDF of seed " + seed + ", " + BulletinJsonWriter.create().write(bulletin));
    }
}
