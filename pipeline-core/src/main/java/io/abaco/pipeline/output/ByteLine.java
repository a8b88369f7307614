package io.abaco.pipeline.output;

import java.nio.charset.StandardCharsets;

/**
 * One output record built directly as UTF-8 bytes: the same text {@link CsvText} and {@link JsonText} append to a
 * {@code StringBuilder}, without the builder, the {@code String} copy and the encoding pass that a million lines
 * otherwise cost twice over (CSV stage and JSON stage). ASCII text and numbers are written byte by byte; a field
 * with anything else goes through the {@code StringBuilder} helpers and the JDK's encoder, so the bytes are those of
 * encoding the whole line at once. Not thread-safe; reused from line to line.
 */
final class ByteLine {
    /**
     * Writers gather records in one line up to this many bytes and then write it out whole: more than a
     * {@link ByteSink}'s buffer, so it goes straight to the file instead of being copied into that buffer first.
     */
    static final int WRITE_AT = 1 << 17;

    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    private byte[] bytes = new byte[512];
    private int length;
    private final StringBuilder scratch = new StringBuilder();

    void clear() {
        length = 0;
    }

    int length() {
        return length;
    }

    byte[] bytes() {
        return bytes;
    }

    ByteLine append(char ascii) {
        ensure(1);
        bytes[length++] = (byte) ascii;
        return this;
    }

    /** Appends bytes as they are (already UTF-8). */
    ByteLine append(byte[] content) {
        ensure(content.length);
        System.arraycopy(content, 0, bytes, length, content.length);
        length += content.length;
        return this;
    }

    /** Appends {@code length} bytes of {@code content} from {@code offset}, as they are (already UTF-8). */
    ByteLine append(byte[] content, int offset, int length) {
        ensure(length);
        System.arraycopy(content, offset, bytes, this.length, length);
        this.length += length;
        return this;
    }

    /** As {@link CsvText#appendText}: quoted only when needed, null is an empty field. */
    void appendCsvText(String value) {
        if (value == null) return;
        int size = value.length();
        boolean plain = size > 0;
        for (int index = 0; index < size && plain; index++) {
            char c = value.charAt(index);
            plain = c < 0x80 && c != ',' && c != '"' && c != '\n' && c != '\r';
        }
        if (plain) {
            appendAscii(value);
            return;
        }
        scratch.setLength(0);
        CsvText.appendText(scratch, value);
        append(scratch.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link JsonText#appendString}: {@code "value"}, or {@code null} for null. */
    void appendJsonString(String value) {
        if (value == null) {
            append(NULL);
            return;
        }
        int size = value.length();
        boolean plain = true;
        for (int index = 0; index < size && plain; index++) {
            char c = value.charAt(index);
            plain = c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
        }
        if (plain) {
            append('"');
            appendAscii(value);
            append('"');
            return;
        }
        scratch.setLength(0);
        JsonText.appendString(scratch, value);
        append(scratch.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The text of {@link CsvText#appendDouble}, byte for byte. */
    void appendDouble(double value) {
        if (!(value == 0.0 && 1.0 / value < 0)
                && (appendScaled(value, 100.0, 2, 1e13) || appendScaled(value, 1e6, 6, 1e9))) {
            return;
        }
        appendAscii(Double.toString(value));
    }

    private boolean appendScaled(double value, double scale, int decimals, double limit) {
        if (!(Math.abs(value) < limit)) return false;
        long scaled = Math.round(value * scale);
        if (scaled / scale != value) return false;
        if (scaled < 0) {
            append('-');
            scaled = -scaled;
        }
        long unit = (long) scale;
        appendLong(scaled / unit);
        append('.');
        long fraction = scaled % unit;
        if (fraction == 0) {
            append('0');
            return true;
        }
        int digits = decimals;
        while (fraction % 10 == 0) {
            fraction /= 10;
            digits--;
        }
        for (; digits > 1 && fraction < POW10[digits - 1]; digits--) append('0');
        appendLong(fraction);
        return true;
    }

    /** A non-negative long in decimal. */
    void appendLong(long value) {
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) digits++;
        ensure(digits);
        int position = length + digits;
        long rest = value;
        do {
            bytes[--position] = (byte) ('0' + (int) (rest % 10));
            rest /= 10;
        } while (rest > 0);
        length += digits;
    }

    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) is exactly "low byte of each char": ASCII here
    private void appendAscii(String ascii) {
        ensure(ascii.length());
        ascii.getBytes(0, ascii.length(), bytes, length);
        length += ascii.length();
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
