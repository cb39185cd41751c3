package io.github.bulletinkit.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bulletinkit.docx.DocxRenderer;
import io.github.bulletinkit.json.BulletinJsonWriter;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.odt.OdtRenderer;
import io.github.bulletinkit.testing.Samples;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every reader found on the class path promises, and how a document finds its reader. */
class ReaderContractTest {

    static List<ReaderProvider> providers() {
        return ReaderProvider.discover();
    }

    /** A document of each built-in format, and the bulletin it holds. */
    private static final Map<String, byte[]> DOCUMENTS = documents();

    private static Map<String, byte[]> documents() {
        try {
            return Map.of(
                    "json", BulletinJsonWriter.create().write(Samples.sample()).getBytes(StandardCharsets.UTF_8),
                    "docx", DocxRenderer.create().render(Samples.sample()),
                    "odt", OdtRenderer.create().render(Samples.sample()),
                    "legacy", Files.readAllBytes(Samples.LEGACY_EXPORT));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theBuiltInReadersAreFound() {
        assertThat(providers()).extracting(ReaderProvider::format).contains("docx", "json", "legacy", "odt")
                .doesNotHaveDuplicates().allSatisfy(format -> assertThat(format).isLowerCase());
    }

    @Test
    void eachDocumentFindsTheReaderOfItsFormatByItsFirstBytes() {
        DOCUMENTS.forEach((format, bytes) -> {
            byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, ReaderProvider.HEAD_BYTES));
            assertThat(ReaderProvider.best(providers(), head, "unnamed")).as(format)
                    .hasValueSatisfying(provider -> assertThat(provider.format()).isEqualTo(format));
        });
    }

    @Test
    void aFileNamedDocxGoesToTheWordReaderWhateverItHolds() {
        byte[] head = "not a zip".getBytes(StandardCharsets.UTF_8);
        assertThat(ReaderProvider.best(providers(), head, "Bulletin.DOCX")).hasValueSatisfying(
                provider -> assertThat(provider.format()).isEqualTo("docx"));
    }

    @Test
    void aFileNamedOdtGoesToTheOpenDocumentReaderWhateverItHolds() {
        byte[] head = "not a zip".getBytes(StandardCharsets.UTF_8);
        assertThat(ReaderProvider.best(providers(), head, "Bulletin.ODT")).hasValueSatisfying(
                provider -> assertThat(provider.format()).isEqualTo("odt"));
    }

    @Test
    void anEmptyOrUnreadableFileIsLeftToTheReaderWithoutASignature() {
        assertThat(ReaderProvider.best(providers(), new byte[0], "")).hasValueSatisfying(
                provider -> assertThat(provider.format()).isEqualTo("legacy"));
        assertThat(ReaderProvider.best(List.of(), new byte[0], "")).isEmpty();
    }

    @Test
    void eachBuiltInReaderReadsItsOwnDocumentFromAStreamAndAFile() throws IOException {
        Bulletin sample = Samples.sample();
        for (ReaderProvider provider : providers()) {
            byte[] bytes = DOCUMENTS.get(provider.format());
            if (bytes == null) {
                continue;
            }
            BulletinReader reader = provider.create(ReadLimits.defaults());
            assertThat(reader.limits()).isEqualTo(ReadLimits.defaults());
            Bulletin read = reader.read(new ByteArrayInputStream(bytes), "doc");
            var file = Files.createTempFile("reader", "." + provider.format());
            try {
                assertThat(reader.read(Files.write(file, bytes))).as(provider.format()).isEqualTo(read);
            } finally {
                Files.delete(file);
            }
            // The old export holds no addresses, subtitle or publisher: its entries' topics are the sample's.
            assertThat(read.entries()).extracting(entry -> entry.topic())
                    .isEqualTo(sample.entries().stream().map(entry -> entry.topic()).toList());
        }
    }

    @ParameterizedTest
    @MethodSource("providers")
    void aDocumentLargerThanTheLimitIsRefusedWithAProblemNotReadWhole(ReaderProvider provider) {
        byte[] bytes = DOCUMENTS.getOrDefault(provider.format(), DOCUMENTS.get("legacy"));
        BulletinReader reader = provider.create(ReadLimits.defaults().withMaxInputBytes(bytes.length / 2));
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bytes), "big"))
                .isInstanceOfSatisfying(InvalidBulletinException.class,
                        e -> assertThat(e.file()).isEqualTo("big"));
    }
}
