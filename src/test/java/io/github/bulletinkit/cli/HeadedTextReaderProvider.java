package io.github.bulletinkit.cli;

import io.github.bulletinkit.format.BulletinReader;
import io.github.bulletinkit.format.ReadLimits;
import io.github.bulletinkit.format.ReaderProvider;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A third-party reader, as another jar would add one: registered in this test tree's {@code META-INF/services},
 * it proves that {@code import} asks readers it was not built with. Its format: a first line
 * {@code Bulletin: <title>}, then an entry a line, {@code topic | source | YYYY-MM-DD | summary}.
 */
public final class HeadedTextReaderProvider implements ReaderProvider {

    static final String SIGNATURE = "Bulletin: ";

    @Override
    public String format() {
        return "headed-text";
    }

    @Override
    public Match match(byte[] head, String fileName) {
        return new String(head, StandardCharsets.UTF_8).startsWith(SIGNATURE) ? Match.SIGNATURE : Match.NONE;
    }

    @Override
    public BulletinReader create(ReadLimits limits) {
        return new BulletinReader() {
            @Override
            public ReadLimits limits() {
                return limits;
            }

            @Override
            public Bulletin read(Path file) throws IOException {
                try (InputStream in = Files.newInputStream(file)) {
                    return read(in, file.toString());
                }
            }

            @Override
            public Bulletin read(InputStream in, String name) throws IOException {
                byte[] bytes = in.readNBytes((int) limits.maxInputBytes() + 1);
                if (bytes.length > limits.maxInputBytes()) {
                    throw new InvalidBulletinException(name, List.of(Problem.at("", "is longer than the limit")));
                }
                List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
                Bulletin.Builder bulletin = Bulletin.builder(lines.get(0).substring(SIGNATURE.length()));
                List<Problem> problems = new ArrayList<>();
                for (int i = 1; i < lines.size(); i++) {
                    String[] cells = lines.get(i).split(" \\| ", 4);
                    try {
                        bulletin.entry(Entry.builder().topic(cells[0]).source(cells[1])
                                .published(LocalDate.parse(cells[2])).paragraph(cells[3]).build());
                    } catch (ArrayIndexOutOfBoundsException | DateTimeParseException e) {
                        problems.add(new Problem("", i + 1, 0, "not topic | source | YYYY-MM-DD | summary"));
                    }
                }
                if (!problems.isEmpty()) {
                    throw new InvalidBulletinException(name, problems);
                }
                return bulletin.build();
            }
        };
    }
}
