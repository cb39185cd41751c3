package io.github.bulletinkit.pdf;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The caller's stream, remembering the first {@link IOException} it throws: OpenPDF, and the renderer's own
 * writes from inside OpenPDF's callbacks, pass it on only wrapped, in exceptions that other failures use too.
 * It never closes the stream, which stays its owner's. Belongs to one render.
 */
final class WatchedStream extends OutputStream {

    private final OutputStream out;
    private IOException failure;

    WatchedStream(OutputStream out) {
        this.out = out;
    }

    /** The first exception the stream threw; null while it has thrown none. */
    IOException failure() {
        return failure;
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remembered(e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw remembered(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remembered(e);
        }
    }

    private IOException remembered(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }
}
