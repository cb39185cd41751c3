package io.github.bulletinkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import io.github.bulletinkit.format.BulletinRenderer;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.format.RendererProvider;
import io.github.bulletinkit.layout.AddressBlock;
import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.CellVisitor;
import io.github.bulletinkit.layout.Contents;
import io.github.bulletinkit.layout.DocumentInfo;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.layout.PlanVisitor;
import io.github.bulletinkit.layout.QrBlock;
import io.github.bulletinkit.layout.Row;
import io.github.bulletinkit.layout.SectionHeading;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.FailingOutputStream;
import io.github.bulletinkit.testing.RandomBulletins;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What every format promises, for a format's own tests to run: extend this class, say which provider it tests
 * and how its documents' text is read back (with a reader the format did not write, where there is one), and
 * JUnit runs every check on it. BulletinKit's own formats run it too.
 *
 * <ul>
 *   <li>the provider is found on the class path, under its format's name;
 *   <li>one renderer serves many threads at once, each getting the bytes it would get alone;
 *   <li>a stream that fails gives the caller its own exception, and is not closed;
 *   <li>the document says every paragraph of the layout plan, on screen and on paper, in reading order, and
 *       so does a bulletin of sections, with its introduction, contents list and closing.
 * </ul>
 *
 * <p>It comes in BulletinKit's {@code tests} jar ({@code <classifier>tests</classifier>}), with the helpers it
 * uses.
 *
 * @since 0.2.0
 */
public abstract class RendererContract {

    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\p{Z}\\p{Cf}]+");

    /**
     * The provider of the format under test.
     *
     * @return the provider; never null
     */
    protected abstract RendererProvider provider();

    /**
     * The text of a document of the format, as a reader of it finds it.
     *
     * @param document a document the format's renderer wrote
     * @return its text, in reading order; white space is not compared
     */
    protected abstract String text(byte[] document);

    @Test
    void theProviderIsFoundOnTheClassPathUnderItsFormatsName() {
        RendererProvider provider = provider();
        assertThat(provider.format()).matches("[a-z0-9-]+");
        assertThat(RendererProvider.discover()).as("the providers ServiceLoader finds")
                .anySatisfy(found -> {
                    assertThat(found.format()).isEqualTo(provider.format());
                    assertThat(found.getClass()).isEqualTo(provider.getClass());
                });
    }

    @Test
    void oneRendererServesFourThreadsAtOnce() throws Exception {
        BulletinRenderer renderer = provider().create(RenderOptions.defaults());
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
                assertThat(results.get(i).get(2, TimeUnit.MINUTES)).as("bulletin %d beside three others", i)
                        .isEqualTo(alone.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailingStreamGivesTheCallerItsOwnExceptionAndStaysOpen() {
        BulletinRenderer renderer = provider().create(RenderOptions.defaults());
        Bulletin bulletin = ContractBulletins.everyPart();
        FailingOutputStream out = FailingOutputStream.after(renderer.render(bulletin).length / 2);

        Throwable thrown = catchThrowable(() -> renderer.render(bulletin, out));

        assertThat(thrown).as("what render threw").isNotNull().isSameAs(out.firstFailure());
        assertThat(out.closed()).as("closed by the renderer").isFalse();
    }

    @Test
    void theDocumentSaysEveryParagraphOfThePlanInReadingOrder() {
        saysThePlan(RenderOptions.defaults());
    }

    @Test
    void onPaperTheDocumentSaysEveryParagraphOfThePlanInReadingOrder() {
        saysThePlan(RenderOptions.builder().forPrint(true).build());
    }

    @Test
    void aBulletinOfSectionsSaysEveryParagraphOfThePlanInReadingOrder() {
        saysThePlan(RenderOptions.defaults(), ContractBulletins.sectioned());
    }

    private void saysThePlan(RenderOptions options) {
        saysThePlan(options, ContractBulletins.everyPart());
    }

    private void saysThePlan(RenderOptions options, Bulletin bulletin) {
        String text = squeezed(text(provider().create(options).render(bulletin)));
        List<String> expected = paragraphs(LayoutPlan.of(bulletin, options));
        int at = 0;
        for (String paragraph : expected) {
            int found = text.indexOf(squeezed(paragraph), at);
            if (found < 0) {
                fail("the document does not say \"%s\" after what came before it; it says, without spaces:%n%s",
                        paragraph, text.substring(Math.min(at, text.length())));
            }
            at = found + squeezed(paragraph).length();
        }
    }

    /**
     * Every paragraph's text, in reading order: the heading lines, the introduction, the contents list, each
     * section's heading, the column headings, each row's cells, the closing.
     */
    private static List<String> paragraphs(LayoutPlan plan) {
        List<String> texts = new ArrayList<>();
        CellVisitor cell = new CellVisitor() {
            @Override
            public void paragraph(Block block) {
                texts.add(block.text());
            }

            @Override
            public void address(AddressBlock address) {
                texts.add(address.address().text());
            }

            @Override
            public void qrCode(QrBlock code) {
                // A picture: no text to find.
            }
        };
        plan.accept(new PlanVisitor() {
            @Override
            public void document(DocumentInfo document) {
                // Metadata: not in the text.
            }

            @Override
            public void logo(LayoutPlan.Picture logo) {
                // A picture: no text to find.
            }

            @Override
            public void heading(Block line) {
                texts.add(line.text());
            }

            @Override
            public void paragraph(Block paragraph) {
                texts.add(paragraph.text());
            }

            @Override
            public void contents(Contents contents) {
                texts.add(contents.heading().text());
                contents.items().forEach(item -> texts.add(item.text().text()));
            }

            @Override
            public void section(SectionHeading section) {
                texts.add(section.heading().text());
            }

            @Override
            public void startTable(List<Block> columnHeadings, String summary) {
                columnHeadings.forEach(heading -> texts.add(heading.text()));
            }

            @Override
            public void row(Row row) {
                row.information().forEach(block -> block.accept(cell));
                row.links().forEach(part -> part.accept(cell));
            }

            @Override
            public void endTable() {
                // Nothing to say.
            }

            @Override
            public void footer(List<String> words) {
                // Paged formats only.
            }
        });
        return texts;
    }

    private static String squeezed(String text) {
        return INVISIBLE.matcher(text).replaceAll("");
    }
}
