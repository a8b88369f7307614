package io.abaco.pipeline.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Passes a tape's raw bytes through once while hashing them and, optionally, copying them to the archive, so the
 * input's sha256 and its archived copy cost no second read. Closing it does not close the source: the caller drains
 * it to the end (so the digest covers every byte) and closes the source itself.
 */
final class CapturingInputStream extends FilterInputStream {
    private final MessageDigest digest;
    private final OutputStream copy;

    /** @param copy where the bytes are also written, or null */
    CapturingInputStream(InputStream source, MessageDigest digest, OutputStream copy) {
        super(source);
        this.digest = digest;
        this.copy = copy;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            digest.update((byte) b);
            if (copy != null) copy.write(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = in.read(buffer, offset, length);
        if (read > 0) {
            digest.update(buffer, offset, read);
            if (copy != null) copy.write(buffer, offset, read);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipped bytes must still reach the digest and the copy
        byte[] buffer = new byte[(int) Math.max(1, Math.min(n, 8192))];
        long skipped = 0;
        while (skipped < n) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) break;
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() {
        // the caller owns the source
    }

    /** Reads whatever the format reader left (normally nothing) and returns the hex sha256 of all bytes. */
    String finish() throws IOException {
        byte[] buffer = new byte[8192];
        while (read(buffer, 0, buffer.length) >= 0) {
            // draining so that the digest and the copy cover the whole input
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
