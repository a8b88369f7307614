package io.abaco.pipeline.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * An unsynchronized buffered byte writer (the JDK's buffered streams lock on every call, which shows at millions
 * of rows), counting bytes and optionally hashing them as they go. Not thread-safe.
 */
final class ByteSink implements AutoCloseable {
    private final OutputStream out;
    private final MessageDigest digest;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private long bytes;

    /** @param digest updated with every byte written, or null */
    ByteSink(OutputStream out, MessageDigest digest) {
        this.out = out;
        this.digest = digest;
    }

    /** Writes the text as UTF-8; returns the number of bytes. */
    int writeText(CharSequence text) throws IOException {
        // String's UTF-8 encoder checks and copies compact (Latin-1) strings with vectorized intrinsics: faster than
        // a char loop here, even with the two short-lived arrays
        return writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the line's bytes; returns their number. */
    int write(ByteLine line) throws IOException {
        write(line.bytes(), 0, line.length());
        return line.length();
    }

    int writeBytes(byte[] content) throws IOException {
        write(content, 0, content.length);
        return content.length;
    }

    void write(byte[] content, int offset, int length) throws IOException {
        if (length > buffer.length - position) flush();
        if (length > buffer.length) {
            if (digest != null) digest.update(content, offset, length);
            out.write(content, offset, length);
        } else {
            System.arraycopy(content, offset, buffer, position, length);
            position += length;
        }
        bytes += length;
    }

    long bytes() {
        return bytes;
    }

    void flush() throws IOException {
        if (position == 0) return;
        if (digest != null) digest.update(buffer, 0, position);
        out.write(buffer, 0, position);
        position = 0;
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            out.close();
        }
    }
}
