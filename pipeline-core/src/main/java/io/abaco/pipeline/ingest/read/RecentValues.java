package io.abaco.pipeline.ingest.read;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The recent values of one column, so that a value met again becomes the same {@code String} instead of a new
 * one: a direct-mapped cache of {@value #SLOTS} short ASCII values, a value's slot chosen by its last bytes (where
 * ids, dates and names differ). Memory is bounded whatever the tape. Not thread-safe.
 */
final class RecentValues {
    /** Values up to this many bytes are remembered. */
    static final int MAX_BYTES = 64;

    private static final int SLOTS = 16;

    private final byte[][] bytes = new byte[SLOTS][];
    private final int[] lengths = new int[SLOTS];
    private final String[] texts = new String[SLOTS];

    /** The ASCII text of {@code buffer[start, end)}, remembered or new. */
    String text(byte[] buffer, int start, int end) {
        int length = end - start;
        if (length > MAX_BYTES) return new String(buffer, start, length, StandardCharsets.ISO_8859_1);
        long tail = length;
        for (int i = Math.max(start, end - 8); i < end; i++) tail = tail << 8 | (buffer[i] & 0xFF);
        tail *= 0x9E3779B97F4A7C15L;
        int slot = (int) (tail >>> 60);
        byte[] remembered = bytes[slot];
        if (remembered != null && lengths[slot] == length && Arrays.equals(buffer, start, end, remembered, 0, length)) {
            return texts[slot];
        }
        String text = new String(buffer, start, length, StandardCharsets.ISO_8859_1); // ASCII: a byte a char
        if (remembered == null) bytes[slot] = remembered = new byte[MAX_BYTES];
        System.arraycopy(buffer, start, remembered, 0, length);
        lengths[slot] = length;
        texts[slot] = text;
        return text;
    }
}
