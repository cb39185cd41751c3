package io.github.bulletinkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.json.BulletinJsonWriter;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import io.github.bulletinkit.testing.LargeBulletins;
import io.github.bulletinkit.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render} of many inputs works through them on every core at once, and renders each input's formats side
 * by side. Each document must come out byte for byte as it does when its input is rendered alone: renders on
 * other threads, with other faces, lengths and languages, must leave no trace in it.
 */
class ParallelBatchTest {

    @TempDir
    Path folder;

    @Test
    void manyInputsAtOnceGiveTheBytesOfEachAlone() throws IOException {
        List<Path> inputs = inputs();
        List<String> arguments = new ArrayList<>(List.of("render", "-o", folder.resolve("together").toString()));
        inputs.forEach(input -> arguments.add(input.toString()));
        CommandLineRun together = CommandLineRun.of(arguments.toArray(String[]::new));
        assertThat(together.err()).isEmpty();
        assertThat(together.status()).isZero();

        for (Path input : inputs) {
            CommandLineRun alone = CommandLineRun.of("render", input.toString(), "-o", folder.resolve("alone").toString());
            assertThat(alone.status()).as(alone.err()).isZero();
        }

        List<Path> written = documents(folder.resolve("alone"));
        // one file a format found (pdf, docx and the tests' own) for each input
        assertThat(written).hasSize(inputs.size() * io.github.bulletinkit.format.RendererProvider.discover().size());
        assertThat(documents(folder.resolve("together"))).hasSameSizeAs(written);
        for (Path alone : written) {
            Path inBatch = folder.resolve("together").resolve(alone.getFileName());
            assertThat(inBatch).as("%s, rendered beside %d others", alone.getFileName(), inputs.size() - 1)
                    .hasSameBinaryContentAs(alone);
        }
    }

    @Test
    void aFormatThatFailsBesideTheOthersKeepsThemAllFromBeingWritten() throws IOException {
        // Valid JSON that only the PDF font refuses; DOCX and text render beside it and must not be put in place.
        Path input = Files.writeString(folder.resolve("chinese.json"), """
                {"title": "T", "entries": [{"topic": "a", "source": "b", "published": "2025-01-06", "summary": ["中文"]}]}
                """);
        Path older = Files.writeString(folder.resolve("chinese.docx"), "the good older file");
        CommandLineRun run = CommandLineRun.of("render", input.toString(), "-o", folder.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("U+4E2D");
        assertThat(Files.readString(older)).isEqualTo("the good older file");
        assertThat(folder.resolve("chinese.pdf")).doesNotExist();
        assertThat(folder.resolve("chinese.txt")).doesNotExist();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.filter(file -> file.toString().endsWith(".tmp"))).isEmpty();
        }
    }

    /** Bulletins that differ in length, in the faces they use, and in language. */
    private List<Path> inputs() throws IOException {
        List<Bulletin> bulletins = new ArrayList<>();
        bulletins.add(Samples.sample());
        for (int entries : new int[] {1, 2, 3, 5, 8, 13, 21, 34}) {
            bulletins.add(LargeBulletins.of(entries));
        }
        bulletins.add(Bulletin.builder("Italic and bold italic").language("cy-GB")
                .entry(Entry.builder().topic("Emphasis").source("Tests").published(LocalDate.of(2025, 3, 1))
                        .paragraph(RichText.builder().italic("Italic words, ").text("then ")
                                .add(Run.styled("bold italic", Style.BOLD, Style.ITALIC))
                                .text(", ŵ and ŷ.").build())
                        .link("Darllenwch:", "Y canllaw", "https://example.org/cy")
                        .build())
                .build());
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < bulletins.size(); i++) {
            Path input = Files.createDirectories(folder.resolve("in")).resolve("bulletin-" + i + ".json");
            try (var out = Files.newOutputStream(input)) {
                BulletinJsonWriter.create().write(bulletins.get(i), out);
            }
            inputs.add(input);
        }
        return inputs;
    }

    private static List<Path> documents(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
