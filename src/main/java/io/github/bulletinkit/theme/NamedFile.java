package io.github.bulletinkit.theme;

import io.github.bulletinkit.json.internal.JsonReading;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * A file that a theme names, such as its logo, read whole within a limit. Every problem names the file as the
 * theme wrote it, relative to the theme file's folder, so that the person who wrote it recognises it.
 */
final class NamedFile {

    private NamedFile() {
    }

    /**
     * The file's bytes, or null when it cannot be had, which is reported under {@code path}.
     *
     * @param what the kind of file, for the message about its size, such as {@code a logo file}
     */
    static byte[] read(Path themeFile, String written, long limit, String what, String path, JsonReading problems) {
        if (written.isBlank()) {
            problems.of(path, "must name a file, relative to the theme file's folder");
            return null;
        }
        String prefix = written + ": ";
        Path file;
        try {
            file = themeFile.resolveSibling(written);
        } catch (InvalidPathException e) {
            problems.of(path, prefix + "not a path: " + e.getReason());
            return null;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                problems.of(path, prefix + (attributes.isDirectory() ? "is a folder, not a file" : "is not a regular file"));
                return null;
            }
            // Checked before reading, and again while reading, in case the file grows in between.
            if (attributes.size() > limit) {
                problems.of(path, prefix + tooLarge(attributes.size(), limit, what));
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) limit + 1);
                if (bytes.length > limit) {
                    problems.of(path, prefix + tooLarge(bytes.length, limit, what));
                    return null;
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            problems.of(path, prefix + "no such file (paths are relative to the theme file's folder)");
        } catch (AccessDeniedException e) {
            problems.of(path, prefix + "permission denied");
        } catch (FileSystemException e) {
            problems.of(path, prefix + (e.getReason() != null ? e.getReason() : "cannot be read"));
        } catch (IOException e) {
            problems.of(path, prefix + "cannot be read: " + e.getMessage());
        }
        return null;
    }

    static String tooLarge(long size, long limit, String what) {
        return String.format(Locale.ROOT, "the file is %,d bytes; %s may be at most %d MiB", size, what, limit >> 20);
    }
}
