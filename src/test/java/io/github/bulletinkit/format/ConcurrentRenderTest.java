package io.github.bulletinkit.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.docx.DocxRenderer;
import io.github.bulletinkit.email.EmailRenderer;
import io.github.bulletinkit.html.HtmlRenderer;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.pdf.PdfRenderer;
import io.github.bulletinkit.testing.RandomBulletins;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One renderer, eight threads, eight different bulletins at once (other scripts, other fonts, other lengths):
 * each thread gets exactly the bytes that rendering its bulletin alone gives.
 */
class ConcurrentRenderTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 3;

    static Stream<Arguments> renderers() {
        return Stream.of(Arguments.of("PDF", PdfRenderer.create()),
                Arguments.of("PDF/A-2b", PdfRenderer.builder().archival(true).build()),
                Arguments.of("DOCX", DocxRenderer.create()),
                Arguments.of("HTML", HtmlRenderer.create()),
                Arguments.of("HTML fragment", HtmlRenderer.builder().fragment(true).build()),
                Arguments.of("email", EmailRenderer.create()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderers")
    void eightThreadsRenderingDifferentBulletinsGetTheBytesOfRenderingAlone(String format, BulletinRenderer renderer)
            throws Exception {
        List<Bulletin> bulletins = RandomBulletins.seeds(THREADS).mapToObj(RandomBulletins::bulletin).toList();
        List<byte[]> alone = bulletins.stream().map(renderer::render).toList();
        for (int i = 0; i < THREADS; i++) {
            for (int j = 0; j < i; j++) {
                assertThat(Arrays.equals(alone.get(i), alone.get(j))).as("bulletins %d and %d differ", i, j).isFalse();
            }
        }

        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<byte[]>>> results = new ArrayList<>();
            for (Bulletin bulletin : bulletins) {
                results.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    List<byte[]> rendered = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        rendered.add(renderer.render(bulletin));
                    }
                    return rendered;
                }));
            }
            for (int i = 0; i < THREADS; i++) {
                List<byte[]> rendered = results.get(i).get(2, TimeUnit.MINUTES);
                for (int round = 0; round < ROUNDS; round++) {
                    assertThat(rendered.get(round)).as("%s of bulletin %d, round %d, beside seven others", format, i,
                            round).isEqualTo(alone.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
