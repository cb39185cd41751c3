package io.github.bulletinkit.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.LargeBulletins;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulletin of 9,000 entries (3,750 pages) renders to PDF and to DOCX, each in a JVM whose heap is capped at
 * 64 MB. The tagged PDF needs about 49 MB with the default collector: the structure elements, the parent tree
 * and the bookmarks are written as the pages are, and what stays until the document closes is OpenPDF's
 * cross-reference entry for each object, some 17 an entry. The DOCX's body is streamed into its ZIP archive row
 * by row, and what stays is the bulletin and its hyperlinks' relationships. Each render runs in a JVM of its own,
 * started with {@code -Xmx}; the two run side by side.
 * An {@link OutOfMemoryError} fails the child JVM, and so the test. Then the documents are read back, so that a
 * render that gave up half-way cannot pass.
 */
class LargeBulletinMemoryTest {

    static final int ENTRIES = 9_000;

    @TempDir
    static Path folder;

    private static Child pdf;
    private static Child docx;

    /** A JVM rendering one format, and where its output and what it printed go. */
    private record Child(Process process, Path document, Path log) {

        static Child start(String format, int heapMegabytes) throws IOException {
            Path document = folder.resolve("large." + format);
            Path log = folder.resolve(format + ".log");
            // Surefire starts tests from a manifest-only jar, and gives the real class path in this property.
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + heapMegabytes + "m", "-XX:+ExitOnOutOfMemoryError",
                    "-Dlog4j.provider=org.apache.logging.log4j.simple.internal.SimpleProvider",
                    "-Dlog4j2.simplelogLevel=OFF",
                    "-cp", classPath,
                    RenderInSmallHeap.class.getName(), format, Integer.toString(ENTRIES), document.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new Child(process, document, log);
        }

        /** Waits for the JVM and checks it rendered everything in the heap it had. */
        Path rendered() throws Exception {
            assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("the render finished").isTrue();
            String printed = Files.readString(log);
            assertThat(process.exitValue()).as(printed).isZero();
            assertThat(printed).contains("rendered " + ENTRIES + " entries");
            return document;
        }
    }

    @BeforeAll
    static void startBothRenders() throws IOException {
        pdf = Child.start("pdf", 64);
        docx = Child.start("docx", 64);
    }

    @AfterAll
    static void stopWhatIsLeft() {
        for (Child child : new Child[] {pdf, docx}) {
            if (child != null) {
                child.process().destroyForcibly();
            }
        }
    }

    @Test
    void aPdfOfNineThousandEntriesRendersIn64Megabytes() throws Exception {
        Path file = pdf.rendered();
        Bulletin bulletin = LargeBulletins.of(ENTRIES);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(ENTRIES / 3);
            int bookmarks = 0;
            PDOutlineItem last = null;
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks++;
                last = item;
            }
            assertThat(bookmarks).isEqualTo(ENTRIES);
            assertThat(last.getTitle()).isEqualTo(bulletin.entries().get(ENTRIES - 1).topic());
        }
    }

    @Test
    void aDocxOfNineThousandEntriesRendersIn64Megabytes() throws Exception {
        Path file = docx.rendered();
        Bulletin bulletin = LargeBulletins.of(ENTRIES);
        String xml;
        try (ZipFile zip = new ZipFile(file.toFile());
                InputStream in = zip.getInputStream(zip.getEntry("word/document.xml"))) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher rows = Pattern.compile("<w:tr[ >]").matcher(xml);
        int count = 0;
        while (rows.find()) {
            count++;
        }
        assertThat(count).as("rows, the header's among them").isEqualTo(ENTRIES + 1);
        assertThat(xml).contains(">" + bulletin.entries().get(ENTRIES - 1).topic() + "<");
    }
}
