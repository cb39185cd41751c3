package io.github.bulletinkit.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.FailingOutputStream;
import io.github.bulletinkit.testing.OdtTextReader;
import io.github.bulletinkit.testing.RandomBulletins;
import io.github.bulletinkit.testing.ReadingOrder;
import io.github.bulletinkit.testing.Samples;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every format found on the class path promises, so that a new renderer inherits the checks: one renderer
 * serves many threads at once with the bytes of rendering alone; a stream that fails gives the caller its own
 * exception and is not closed; and the document says the bulletin's text in reading order.
 */
class RendererContractTest {

    /** How to read each format's text back, with a reader we did not write. */
    private static final Map<String, Function<byte[], String>> TEXT = Map.of(
            "pdf", RendererContractTest::pdfText,
            "docx", RendererContractTest::docxText,
            "odt", OdtTextReader::text,
            "disk-full", RendererContractTest::docxText,
            "txt", bytes -> new String(bytes, StandardCharsets.UTF_8),
            "html", bytes -> Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)).text(),
            "email", RendererContractTest::emailText);

    static List<RendererProvider> providers() {
        return RendererProvider.discover();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void oneRendererServesFourThreadsAtOnce(RendererProvider provider) throws Exception {
        BulletinRenderer renderer = provider.create(RenderOptions.defaults());
        List<Bulletin> bulletins = RandomBulletins.seeds(4).mapToObj(RandomBulletins::bulletin).toList();
        List<byte[]> alone = bulletins.stream().map(renderer::render).toList();
        CyclicBarrier start = new CyclicBarrier(bulletins.size());
        ExecutorService pool = Executors.newFixedThreadPool(bulletins.size());
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (Bulletin bulletin : bulletins) {
                results.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return renderer.render(bulletin);
                }));
            }
            for (int i = 0; i < bulletins.size(); i++) {
                assertThat(results.get(i).get(2, TimeUnit.MINUTES)).as("%s of bulletin %d beside three others",
                        provider.format(), i).isEqualTo(alone.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void aFailingStreamGivesTheCallerItsOwnExceptionAndStaysOpen(RendererProvider provider) {
        BulletinRenderer renderer = provider.create(RenderOptions.defaults());
        byte[] whole = renderer.render(Samples.sample());
        FailingOutputStream out = FailingOutputStream.after(whole.length / 2);

        Throwable thrown = catchThrowable(() -> renderer.render(Samples.sample(), out));

        assertThat(thrown).as(provider.format()).isNotNull().isSameAs(out.firstFailure());
        assertThat(out.closed()).as("closed by the renderer").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void theDocumentSaysTheBulletinInReadingOrder(RendererProvider provider) {
        Function<byte[], String> reader = TEXT.get(provider.format());
        if (reader == null) {
            fail("no reader of format %s's text in this test: add one, from a library we did not write",
                    provider.format());
        }
        Bulletin bulletin = Samples.sample();
        String text = reader.apply(provider.create(RenderOptions.defaults()).render(bulletin));
        ReadingOrder.assertLettersInOrder(text, ReadingOrder.contentWords(bulletin), provider.format());
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // A line break after a hyphen splits one word: join it again.
            return new PDFTextStripper().getText(document).replaceAll("(\\S-)\\s*\\R\\s*", "$1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plain-text part, which carries every sentence and address. */
    private static String emailText(byte[] eml) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
            return plainPart(message.getContent());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plainPart(Object content) throws IOException, MessagingException {
        if (content instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return (String) part.getContent();
                }
                String inside = plainPart(part.getContent());
                if (!inside.isEmpty()) {
                    return inside;
                }
            }
        }
        return "";
    }

    private static String docxText(byte[] docx) {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
