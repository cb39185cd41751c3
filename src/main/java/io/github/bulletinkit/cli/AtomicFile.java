package io.github.bulletinkit.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A file that is either whole or not there: written into a hidden temporary file in the same folder, then
 * moved over the target in one step by {@link #commit()}. Closing an uncommitted file removes the
 * temporary one, so a failed or interrupted write leaves any older file as it was.
 */
final class AtomicFile implements AutoCloseable {

    /** Temporary files not yet committed or removed, removed by a shutdown hook if the process is stopped. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(AtomicFile::deleteQuietly)));
    }

    /** What fills the file. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path target;
    private final Path temporary;

    private AtomicFile(Path target) {
        this.target = target;
        this.temporary = target.toAbsolutePath().resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        PENDING.add(temporary);
    }

    /** Writes {@code content} into the temporary file; {@link #commit()} puts it in place. */
    static AtomicFile write(Path target, Content content) throws IOException {
        AtomicFile file = new AtomicFile(target);
        try (OutputStream out = new BufferedOutputStream(
                Files.newOutputStream(file.temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
            content.writeTo(out);
        } catch (IOException | RuntimeException | Error e) {
            // An Error too (a huge bulletin can run out of memory): the temporary file goes now, not at exit.
            file.close();
            throw e;
        }
        return file;
    }

    /** Writes and commits at once. */
    static void replace(Path target, Content content) throws IOException {
        try (AtomicFile file = write(target, content)) {
            file.commit();
        }
    }

    Path target() {
        return target;
    }

    /** Moves the written file over the target in one step. */
    void commit() throws IOException {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        PENDING.remove(temporary);
    }

    /** Removes the temporary file, if it was not committed. */
    @Override
    public void close() {
        deleteQuietly(temporary);
        PENDING.remove(temporary);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Nothing more can be done for a temporary file that will not go; the target is untouched.
        }
    }
}
