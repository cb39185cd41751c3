package io.github.bulletinkit.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.bulletinkit.docx.DocxRenderer;
import io.github.bulletinkit.email.EmailRenderer;
import io.github.bulletinkit.html.HtmlRenderer;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.pdf.PdfRenderer;
import io.github.bulletinkit.testing.FailingOutputStream;
import io.github.bulletinkit.testing.LargeBulletins;
import io.github.bulletinkit.testing.RandomBulletins;
import java.util.Arrays;
import java.util.function.LongFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A stream that fails part-way through a render, as a full disk or a dropped connection does. The caller gets
 * the stream's own first {@link java.io.IOException}, not a wrapper nor a later one; the stream is left open
 * for its owner to close; and what reached it is the start of the document, nothing else.
 */
class BrokenStreamTest {

    /** Entries in every script, so that the PDF is longer than the renderer's buffer, 64 KiB, twice over. */
    private static final Bulletin BULLETIN = Bulletin.builder("A bulletin that fills the disk")
            .entries(RandomBulletins.seeds(8).mapToObj(RandomBulletins::bulletin)
                    .flatMap(bulletin -> bulletin.entries().stream()).toList())
            .build();

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (Object[] renderer : new Object[][] {{"PDF", PdfRenderer.create()},
                {"PDF/A-2b", PdfRenderer.builder().archival(true).build()}, {"DOCX", DocxRenderer.create()},
                {"HTML", HtmlRenderer.create()},
                {"email", EmailRenderer.create()}}) {
            cases.add(Arguments.of(renderer[0], renderer[1], "a new exception each time",
                    (LongFunction<FailingOutputStream>) FailingOutputStream::after));
            cases.add(Arguments.of(renderer[0], renderer[1], "the same exception each time",
                    (LongFunction<FailingOutputStream>) FailingOutputStream::afterSameExceptionEachTime));
        }
        return cases.build();
    }

    /**
     * The PDF renderer writes through a buffer of 64 KiB, so the stream fails only when the buffer is emptied:
     * while OpenPDF writes a page, or while the renderer writes a finished row's structure elements, bookmarks or
     * parent tree. A long bulletin failing in each of its buffers meets every kind of write.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pdfRenderers")
    void aPdfFailingInAnyOfItsBuffersGivesTheStreamsOwnException(String format, PdfRenderer renderer) {
        Bulletin bulletin = LargeBulletins.of(120);
        byte[] whole = renderer.render(bulletin);
        for (long capacity = 0; capacity < whole.length; capacity += BUFFER) {
            FailingOutputStream out = FailingOutputStream.after(capacity);

            Throwable thrown = catchThrowable(() -> renderer.render(bulletin, out));

            String at = String.format("%s failing after %d of %d bytes", format, capacity, whole.length);
            assertTheStreamsOwn(thrown, out, at);
            assertTheStartOfTheDocumentAndNoClose(out, whole, at);
        }
    }

    private static final int BUFFER = 1 << 16;

    static Stream<Arguments> pdfRenderers() {
        return Stream.of(Arguments.of("PDF", PdfRenderer.create()),
                Arguments.of("PDF/A-2b", PdfRenderer.builder().archival(true).build()));
    }

    private static void assertTheStreamsOwn(Throwable thrown, FailingOutputStream out, String at) {
        assertThat(thrown).as(at).isNotNull().isSameAs(out.firstFailure());
        assertThat(thrown.getSuppressed()).as(at).doesNotContain(thrown);
    }

    private static void assertTheStartOfTheDocumentAndNoClose(FailingOutputStream out, byte[] whole, String at) {
        assertThat(out.closed()).as(at + ": closed by the renderer").isFalse();
        byte[] taken = out.taken();
        assertThat(taken).as(at + ": the bytes written").isEqualTo(Arrays.copyOf(whole, taken.length));
    }

    @ParameterizedTest(name = "{0}, {2}")
    @MethodSource("cases")
    void theCallerGetsTheStreamsOwnExceptionWhereverItFails(String format, BulletinRenderer renderer, String how,
            LongFunction<FailingOutputStream> failing) {
        byte[] whole = renderer.render(BULLETIN);
        if (renderer instanceof PdfRenderer) {
            assertThat(whole.length).as("a PDF that OpenPDF writes out while it adds the table").isGreaterThan(2 << 16);
        }
        // From the first byte to the last, and the flush after it.
        long[] capacities = LongStream.concat(LongStream.of(0, 100),
                LongStream.rangeClosed(1, 4).map(i -> whole.length * i / 4)).toArray();

        for (long capacity : capacities) {
            FailingOutputStream out = failing.apply(capacity);

            Throwable thrown = catchThrowable(() -> renderer.render(BULLETIN, out));

            String at = String.format("%s failing after %d of %d bytes", format, capacity, whole.length);
            assertTheStreamsOwn(thrown, out, at);
            assertTheStartOfTheDocumentAndNoClose(out, whole, at);
        }
    }
}
