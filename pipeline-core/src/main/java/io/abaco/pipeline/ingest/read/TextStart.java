package io.abaco.pipeline.ingest.read;

import io.abaco.error.InputDataException;

/**
 * What the first block of a text tape must not be: UTF-16 (a byte order mark), or binary (a NUL byte anywhere in
 * it; checked before any decoding, so that a binary file is called binary rather than badly encoded). Shared by the
 * readers of text tapes. Stateless.
 */
final class TextStart {
    /** Bytes of a tape's start that are checked at once. */
    static final int BLOCK = 1 << 16;

    private TextStart() {}

    /**
     * @param length how many bytes of {@code bytes} hold the tape's start (at most {@link #BLOCK} are looked at)
     * @return how many bytes to skip: 3 for a UTF-8 byte order mark, else 0
     * @throws InputDataException for UTF-16 text or a NUL byte
     */
    static int check(byte[] bytes, int length, String file) {
        if (length >= 2
                && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                        || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            throw new InputDataException(file + ":1: UTF-16 text; the tape must be UTF-8");
        }
        long line = 1;
        boolean cr = false;
        for (int i = 0; i < Math.min(length, BLOCK); i++) {
            byte b = bytes[i];
            if (b == 0) throw binary(file, line);
            if (b == '\n' && !cr || b == '\r') line++;
            cr = b == '\r';
        }
        boolean byteOrderMark =
                length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        return byteOrderMark ? 3 : 0;
    }

    static InputDataException binary(String file, long line) {
        return new InputDataException(file + ":" + line + ": binary content (NUL byte); the tape must be UTF-8 text");
    }
}
