package io.github.bulletinkit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The text of an ODT as odfpy (Debian's {@code python3-odf}), a reader we did not write, gives it: every
 * paragraph and heading of the body, in order, a line each, the headers' and footers' aside. Skips the test when
 * odfpy is missing, unless BULLETINKIT_REQUIRE_TOOLS=true.
 */
public final class OdtTextReader {

    private static final String SCRIPT = String.join("\n",
            "import sys",
            "from odf import teletype",
            "from odf.opendocument import load",
            "from odf.namespaces import TEXTNS",
            "def walk(node):",
            "    for child in node.childNodes:",
            "        if child.nodeType == child.ELEMENT_NODE and child.qname in ((TEXTNS, 'p'), (TEXTNS, 'h')):",
            "            sys.stdout.write(teletype.extractText(child) + '\\n')",
            "        elif child.nodeType == child.ELEMENT_NODE:",
            "            walk(child)",
            "walk(load(sys.argv[1]).text)");

    private OdtTextReader() {
    }

    /** The document's text. */
    public static String text(byte[] odt) {
        ExternalTool python = ExternalTool.at(Path.of("/usr/bin/python3"));
        try {
            Path dir = Files.createTempDirectory("odt-text");
            try {
                Path file = Files.write(dir.resolve("document.odt"), odt);
                return python.run(dir, Duration.ofMinutes(1), "-c", SCRIPT, file.toString());
            } finally {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
