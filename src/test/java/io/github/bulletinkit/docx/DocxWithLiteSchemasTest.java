package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Applications get poi-ooxml-lite, which holds only the schema classes POI itself uses; the tests also have
 * poi-ooxml-full, which would hide a use of any other. So this renders in a JVM without it.
 */
class DocxWithLiteSchemasTest {

    @TempDir
    Path dir;

    @Test
    void rendersTheSameBytesWithPoiOoxmlLiteAlone() throws Exception {
        // Surefire starts tests from a manifest-only jar, and gives the real class path in this property.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = Arrays.asList(classPath.split(File.pathSeparator));
        assertThat(entries).anyMatch(entry -> entry.contains("poi-ooxml-full"));
        String withoutFull = entries.stream().filter(entry -> !entry.contains("poi-ooxml-full"))
                .collect(Collectors.joining(File.pathSeparator));
        Path log = dir.resolve("log.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        Process process = new ProcessBuilder(java, "-cp", withoutFull, LiteSchemasRender.class.getName(),
                dir.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
        for (int i = 0; i < LiteSchemasRender.bulletins().size(); i++) {
            assertThat(Files.readAllBytes(dir.resolve(i + ".docx")))
                    .isEqualTo(DocxRenderer.create().render(LiteSchemasRender.bulletins().get(i)));
        }
    }
}
