package io.github.bulletinkit.odt;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.layout.AddressBlock;
import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.CellVisitor;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.layout.QrBlock;
import io.github.bulletinkit.layout.Role;
import io.github.bulletinkit.layout.Row;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.ExternalTool;
import io.github.bulletinkit.testing.RandomBulletins;
import io.github.bulletinkit.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Two readers we did not write read every table whole: odfpy (Debian's python3-odf) gives every cell's every
 * paragraph, header rows included, exactly as the plan says it, tabs, line breaks and runs of spaces too; and
 * Pandoc gives every entry's row, its lines, summary and links. Pandoc 2.17's ODT reader passes over two things
 * that LibreOffice and odfpy read: the rows in {@code table:table-header-rows} (jgm/pandoc#9327) and headings
 * inside a table's cells, our topics; those two are checked with odfpy alone.
 */
class OdtOutsideReadersTest {

    private static final Path ODFPY_TABLES = Path.of("src", "test", "resources", "odt", "odfpy-tables.py");
    private static final Path PANDOC_TABLES = Path.of("src", "test", "resources", "odt", "pandoc-tables.py");

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private static List<Bulletin> bulletins() {
        return List.of(Samples.sample(), Samples.sectioned(), Samples.read(OdtRoundTripTest.WELSH_JSON),
                RandomBulletins.multilingual(7), RandomBulletins.sectioned(8));
    }

    @Test
    void odfpyReadsEveryCellAsThePlanSaysIt() throws Exception {
        ExternalTool python = ExternalTool.at(Path.of("/usr/bin/python3"));
        python.run(dir, Duration.ofMinutes(1), "-c", "import odf.opendocument");
        for (RenderOptions options : List.of(RenderOptions.defaults(),
                RenderOptions.builder().forPrint(true).build())) {
            for (Bulletin bulletin : bulletins()) {
                Path odt = Files.write(dir.resolve("bulletin.odt"), OdtRenderer.builder().options(options).build()
                        .render(bulletin));
                JsonNode tables = json.readTree(python.run(dir, Duration.ofMinutes(1),
                        ODFPY_TABLES.toAbsolutePath().toString(), odt.toString()));
                LayoutPlan plan = LayoutPlan.of(bulletin, options);
                assertThat(tables.size()).isEqualTo(plan.tableCount());
                for (int k = 0; k < plan.tableCount(); k++) {
                    List<List<List<String>>> rows = rows(tables.get(k));
                    assertThat(rows.get(0)).as("%s, table %d's header row", bulletin.title(), k)
                            .isEqualTo(plan.columnHeadings().stream().map(h -> List.of(h.text())).toList());
                    List<List<List<String>>> expected = new ArrayList<>();
                    for (Row row : plan.rows(k)) {
                        expected.add(List.of(row.information().stream().map(Block::text).toList(), links(row)));
                    }
                    assertThat(rows.subList(1, rows.size())).as("%s, table %d", bulletin.title(), k)
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void pandocReadsEveryEntrysRow() throws Exception {
        ExternalTool pandoc = ExternalTool.require("pandoc");
        ExternalTool python = ExternalTool.at(Path.of("/usr/bin/python3"));
        for (Bulletin bulletin : bulletins()) {
            Path odt = Files.write(dir.resolve("bulletin.odt"), OdtRenderer.create().render(bulletin));
            Path ast = dir.resolve("bulletin.json");
            pandoc.run(dir, Duration.ofMinutes(1), "-f", "odt", "-t", "json", "-o", ast.toString(), odt.toString());
            Path script = PANDOC_TABLES.toAbsolutePath();
            JsonNode tables = json.readTree(python.run(dir, Duration.ofMinutes(1), "-c",
                    "import runpy, sys; sys.stdin = open(sys.argv[2], encoding='utf-8'); runpy.run_path(sys.argv[1],"
                    + " run_name='__main__')", script.toString(), ast.toString()));
            LayoutPlan plan = LayoutPlan.of(bulletin, RenderOptions.defaults());
            assertThat(tables.size()).isEqualTo(plan.tableCount());
            for (int k = 0; k < plan.tableCount(); k++) {
                List<List<String>> expected = new ArrayList<>();
                for (Row row : plan.rows(k)) {
                    List<String> information = row.information().stream().filter(b -> b.role() != Role.TOPIC)
                            .map(Block::text).toList();
                    expected.add(List.of(words(String.join(" ", information)), words(String.join(" ", links(row)))));
                }
                // Pandoc gives the table an empty head, for it reads no header row.
                List<List<String>> read = rows(tables.get(k)).stream().map(cells -> cells.stream()
                        .map(texts -> words(String.join(" ", texts))).toList())
                        .filter(cells -> !cells.stream().allMatch(String::isEmpty)).toList();
                assertThat(read).as("%s, table %d", bulletin.title(), k).isEqualTo(expected);
            }
        }
    }

    /** The right cell's paragraphs: each link, and on paper its printed address and its code. */
    private static List<String> links(Row row) {
        List<String> texts = new ArrayList<>();
        CellVisitor visitor = new CellVisitor() {
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
                // The code's picture, whose title and description, its alternative text, odfpy gives as its text.
                texts.add(code.code().description().repeat(2));
            }
        };
        row.links().forEach(part -> part.accept(visitor));
        return texts.isEmpty() ? List.of("") : texts;
    }

    /** The text without white space: Pandoc folds tabs and line breaks, and drops a space at the end of a span. */
    private static String words(String text) {
        return text.replaceAll("[\\s\\u00a0]+", "");
    }

    private static List<List<List<String>>> rows(JsonNode table) {
        List<List<List<String>>> rows = new ArrayList<>();
        for (JsonNode row : table) {
            List<List<String>> cells = new ArrayList<>();
            for (JsonNode cell : row) {
                List<String> texts = new ArrayList<>();
                cell.forEach(text -> texts.add(text.asString()));
                cells.add(texts);
            }
            rows.add(cells);
        }
        return rows;
    }
}
