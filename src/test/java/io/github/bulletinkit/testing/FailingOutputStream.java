package io.github.bulletinkit.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream that takes a given number of bytes, passes them on, then fails like a full disk: every later write,
 * and every flush, throws. Some streams throw a new exception each time, others the one they threw first; it
 * does either.
 */
public final class FailingOutputStream extends OutputStream {

    private final OutputStream passedOn;
    private final long capacity;
    private final boolean sameExceptionEachTime;
    private long written;
    private IOException firstFailure;
    private boolean closed;

    private FailingOutputStream(OutputStream passedOn, long capacity, boolean sameExceptionEachTime) {
        this.passedOn = passedOn;
        this.capacity = capacity;
        this.sameExceptionEachTime = sameExceptionEachTime;
    }

    /** Fails once {@code capacity} bytes are written, with a new exception each time; keeps what it took. */
    public static FailingOutputStream after(long capacity) {
        return new FailingOutputStream(new ByteArrayOutputStream(), capacity, false);
    }

    /** Fails once {@code capacity} bytes are written, always with the exception it threw first. */
    public static FailingOutputStream afterSameExceptionEachTime(long capacity) {
        return new FailingOutputStream(new ByteArrayOutputStream(), capacity, true);
    }

    /** Passes the first {@code capacity} bytes on to {@code out}, then fails. */
    public static FailingOutputStream after(long capacity, OutputStream out) {
        return new FailingOutputStream(out, capacity, false);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        long room = capacity - written;
        if (length > room) {
            passedOn.write(bytes, offset, (int) room);
            written = capacity;
            throw failure();
        }
        passedOn.write(bytes, offset, length);
        written += length;
    }

    @Override
    public void flush() throws IOException {
        if (written >= capacity) {
            throw failure();
        }
        passedOn.flush();
    }

    @Override
    public void close() {
        closed = true;
    }

    /** The first exception it threw, or null. */
    public IOException firstFailure() {
        return firstFailure;
    }

    /** The bytes it took before it failed, when it keeps them itself. */
    public byte[] taken() {
        if (passedOn instanceof ByteArrayOutputStream kept) {
            return kept.toByteArray();
        }
        throw new IllegalStateException("the bytes were passed on");
    }

    /** Whether anyone closed it. */
    public boolean closed() {
        return closed;
    }

    private IOException failure() {
        if (firstFailure == null) {
            firstFailure = new IOException("No space left on device");
            return firstFailure;
        }
        return sameExceptionEachTime ? firstFailure : new IOException("No space left on device, again");
    }
}
