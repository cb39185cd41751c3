package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.contract.ContractBulletins;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.json.BulletinJsonWriter;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Section;
import io.github.bulletinkit.testing.RandomBulletins;
import io.github.bulletinkit.testing.ReadingOrder;
import io.github.bulletinkit.testing.Samples;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every part of a bulletin of sections validates against the OOXML schemas, and POI reads its text in reading
 * order: the introduction, each section's heading and entries, the closing. (Documents with pictures, a logo or
 * QR codes, are left out: the validator has no schema for a picture.)
 */
class DocxSectionsValidityTest {

    static Stream<Arguments> documents() {
        Bulletin sectioned = ContractBulletins.sectioned();
        Bulletin one = Bulletin.builder("One section").section(sectioned.sections().get(0)).build();
        Bulletin prose = Bulletin.builder("Entries alone").introduction(sectioned.introduction().get(0))
                .entries(sectioned.entries()).closing(sectioned.closing().get(0)).build();
        return Stream.of(
                Arguments.of("the sample of sections", Samples.read(DocxSectionsRoundTripTest.SAMPLE),
                        RenderOptions.defaults()),
                Arguments.of("the contract's bulletin of sections", sectioned, RenderOptions.defaults()),
                Arguments.of("one section", one, RenderOptions.defaults()),
                Arguments.of("an introduction and a closing without sections", prose, RenderOptions.defaults()));
    }

    static LongStream seeds() {
        return RandomBulletins.seeds(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyPartIsValid(String name, Bulletin bulletin, RenderOptions options) {
        byte[] docx = DocxRenderer.builder().options(options).build().render(bulletin);

        assertThat(OoxmlSchemaValidator.problems(docx)).isEmpty();
        ReadingOrder.assertWordsInOrder(new DocxDocumentReader(docx).text(), words(bulletin), name);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aGeneratedBulletinOfSectionsIsValidAndShowsEveryWordInOrder(long seed) {
        Bulletin bulletin = RandomBulletins.sectioned(seed);
        String described = "the DOCX of seed " + seed + ", " + BulletinJsonWriter.create().write(bulletin);

        byte[] docx = DocxRenderer.create().render(bulletin);

        assertThat(OoxmlSchemaValidator.problems(docx)).as(described).isEmpty();
        ReadingOrder.assertWordsInOrder(new DocxDocumentReader(docx).text(), words(bulletin), described);
    }

    private static void entry(Entry entry, List<String> texts) {
        texts.add(entry.topic());
        entry.summary().stream().map(RichText::plainText).forEach(texts::add);
        entry.links().stream().map(Link::plainText).forEach(texts::add);
    }

    /** The words of a bulletin in reading order: each section's heading before its entries, the closing last. */
    private static List<String> words(Bulletin bulletin) {
        List<String> texts = new ArrayList<>(List.of(bulletin.title(), bulletin.subtitle(), bulletin.publisher()));
        bulletin.introduction().stream().map(RichText::plainText).forEach(texts::add);
        if (bulletin.sections().isEmpty()) {
            bulletin.entries().forEach(entry -> entry(entry, texts));
        }
        for (Section section : bulletin.sections()) {
            texts.add(section.heading());
            section.entries().forEach(entry -> entry(entry, texts));
        }
        bulletin.closing().stream().map(RichText::plainText).forEach(texts::add);
        return texts.stream().map(text -> Normalizer.normalize(text, Normalizer.Form.NFC))
                .flatMap(text -> Arrays.stream(text.split("[\\s\\p{Z}]+"))).filter(word -> !word.isEmpty())
                .toList();
    }
}
