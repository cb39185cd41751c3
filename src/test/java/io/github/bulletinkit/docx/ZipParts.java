package io.github.bulletinkit.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Spoils documents on purpose, to show that a check can fail. */
final class ZipParts {

    private ZipParts() {
    }

    /** A copy of {@code zip} with the text of the part {@code name} changed by {@code change}. */
    static byte[] replace(byte[] zip, String name, UnaryOperator<String> change) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream copy = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : DocxDocumentReader.entries(zip).entrySet()) {
                copy.putNextEntry(new ZipEntry(part.getKey()));
                byte[] content = part.getValue();
                if (part.getKey().equals(name)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                copy.write(content);
                copy.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
