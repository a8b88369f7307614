package io.abaco.pipeline.ingest.read;

import io.abaco.error.InputDataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a tape as strict UTF-8 and refuses what is not text, naming the line of the first bad byte.
 *
 * <p>A leading UTF-8 byte order mark is dropped. Refused with an {@link InputDataException}: a NUL byte anywhere
 * ("binary content"; a NUL in the first block wins over a decoding error there, so a binary file is called binary),
 * a UTF-16 byte order mark, and any malformed UTF-8 sequence. Lines are counted on the raw bytes ({@code \n},
 * {@code \r\n} and a lone {@code \r} each end a line), as FastCSV counts them.
 *
 * <p>Not thread-safe.
 */
public final class Utf8TextReader extends Reader {
    private final InputStream in;
    private final String file;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] bytes = new byte[TextStart.BLOCK];
    private final ByteBuffer buffer = ByteBuffer.wrap(bytes).limit(0);
    private final char[] pair = new char[2];
    private int leftover = -1;
    private long line = 1;
    private boolean previousWasCr;
    private boolean started;
    private boolean endOfInput;
    private boolean flushed;

    /** @param file the file as the workspace displays it, for messages */
    public Utf8TextReader(InputStream in, String file) {
        this.in = in;
        this.file = file;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) return 0;
        if (leftover >= 0) {
            target[offset] = (char) leftover;
            leftover = -1;
            return 1;
        }
        if (length == 1) {
            // a supplementary character needs two chars at once; keep its low surrogate for the next call
            int read = decodeInto(pair, 0, 2);
            if (read <= 0) return read;
            target[offset] = pair[0];
            if (read == 2) leftover = pair[1];
            return 1;
        }
        return decodeInto(target, offset, length);
    }

    private int decodeInto(char[] target, int offset, int length) throws IOException {
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (true) {
            if (!started) {
                fill();
                continue;
            }
            int from = buffer.position();
            CoderResult result = decoder.decode(buffer, out, endOfInput);
            scan(from, buffer.position());
            if (result.isError()) {
                throw new InputDataException(String.format(
                        "%s:%d: invalid UTF-8 byte sequence (byte 0x%02X)",
                        file, line, bytes[buffer.position()] & 0xFF));
            }
            if (out.position() > offset) return out.position() - offset;
            if (endOfInput) {
                if (!flushed) {
                    flushed = true;
                    decoder.flush(out);
                    if (out.position() > offset) return out.position() - offset;
                }
                return -1;
            }
            fill();
        }
    }

    private void fill() throws IOException {
        buffer.compact();
        int read = in.read(bytes, buffer.position(), buffer.remaining());
        if (read < 0) endOfInput = true;
        else buffer.position(buffer.position() + read);
        buffer.flip();
        if (!started && (buffer.remaining() >= 3 || endOfInput)) {
            started = true;
            checkStart();
        }
    }

    private void checkStart() {
        buffer.position(TextStart.check(bytes, buffer.remaining(), file));
    }

    private void scan(int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                if (!previousWasCr) line++;
                previousWasCr = false;
            } else if (b == '\r') {
                line++;
                previousWasCr = true;
            } else {
                previousWasCr = false;
                if (b == 0) throw TextStart.binary(file, line);
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
