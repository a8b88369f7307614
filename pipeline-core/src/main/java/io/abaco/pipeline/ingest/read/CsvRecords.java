package io.abaco.pipeline.ingest.read;

import io.abaco.error.InputDataException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits a CSV tape into records, working on its bytes: the delimiters of RFC 4180 are ASCII, and no byte of a
 * multi-byte UTF-8 character is, so fields are found without decoding, and only a field holding non-ASCII bytes is
 * decoded (strictly: a malformed sequence refuses the file, naming its line).
 *
 * <p>The grammar is FastCSV's with empty lines skipped and text after a closing quote kept: a field that starts
 * with {@code "} runs to the first separator or line break outside quotes, a pair of quotes inside it stands for
 * one, and the closing quote is dropped; any other field runs to the next separator or line break, quotes
 * included. {@code \n}, {@code \r\n} and a lone {@code \r} each end a line, inside quotes too, and a record's line
 * is the physical line it starts on. (One difference from FastCSV, on purpose: it takes a lone {@code \r} inside
 * quotes and a later {@code \n} for one line break, so it numbers the lines after such a field one too low, and
 * when the {@code \n} follows the closing quote it runs the record on into the next line.) Refused: UTF-16 and NUL bytes ({@link TextStart}), invalid UTF-8, a field
 * longer than {@link CsvTapeReader#MAX_FIELD_CHARS} characters ({@link FieldTooLong}, which the caller names) and a
 * record longer than {@link #MAX_RECORD_BYTES}. Not thread-safe.
 */
final class CsvRecords {
    /** Longest record accepted, in bytes: a bound on the buffer, whatever the file holds. */
    static final int MAX_RECORD_BYTES = 64 << 20;

    private static final int SEPARATOR = 0;
    private static final int LINE_END = 1;
    private static final int INPUT_END = 2;

    /** A field is longer than the limit; the reader turns it into a message naming its column. */
    static final class FieldTooLong extends RuntimeException {
        final long line;
        final int column;
        final boolean quoted;

        FieldTooLong(long line, int column, boolean quoted) {
            super(null, null, false, false);
            this.line = line;
            this.column = column;
            this.quoted = quoted;
        }
    }

    private final InputStream in;
    private final String file;
    private final CsvRow row = new CsvRow();
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final int readBytes;
    private final int maxRecordBytes;
    private byte[] buffer;
    private int position;
    private int limit;
    private boolean started;
    private boolean endOfInput;
    private int maxFields;
    private long line = 1;
    private boolean afterCr;
    private long recordLine;
    private int recordStart;
    private int fieldStart;
    private int fieldEnd;
    private boolean quoted;
    private boolean nonAscii;
    private int column;

    /** @param maxFields fields kept per record (the rest are counted only) */
    CsvRecords(InputStream in, String file, int maxFields) {
        this(in, file, maxFields, 1 << 18, MAX_RECORD_BYTES);
    }

    /**
     * @param readBytes how much to read at a time (tests: small, to move records across the buffer's end)
     * @param maxRecordBytes longest record accepted (whole MiB)
     */
    CsvRecords(InputStream in, String file, int maxFields, int readBytes, int maxRecordBytes) {
        this.in = in;
        this.file = file;
        this.maxFields = maxFields;
        this.readBytes = readBytes;
        this.maxRecordBytes = maxRecordBytes;
        this.buffer = new byte[2 * readBytes];
    }

    void maxFields(int maxFields) {
        this.maxFields = maxFields;
    }

    /** The current record; valid until the next call of {@link #next}. */
    CsvRow row() {
        return row;
    }

    /** The physical line the current record starts on. */
    long line() {
        return recordLine;
    }

    /** Reads the next record that is not an empty line; false at the end of the tape. */
    boolean next() throws IOException {
        while (begin()) {
            if (!readRecord()) return true;
        }
        return false;
    }

    private boolean begin() throws IOException {
        if (!started) start();
        recordStart = position;
        fieldStart = position;
        if (position == limit && !fill()) return false;
        if (afterCr) { // the \n of a \r\n that ended the previous record
            afterCr = false;
            if (buffer[position] == '\n' && ++position == limit && !fill()) return false;
        }
        recordStart = position;
        recordLine = line;
        row.clear(buffer);
        return true;
    }

    /** @return whether the record was an empty line */
    private boolean readRecord() throws IOException {
        column = 0;
        while (true) {
            fieldStart = position;
            long fieldLine = line;
            int terminator = scanField();
            if (column == 0 && terminator != SEPARATOR && !quoted && fieldEnd == fieldStart) return true;
            keepField(fieldLine);
            column++;
            if (terminator != SEPARATOR) return false;
        }
    }

    private int scanField() throws IOException {
        nonAscii = false;
        quoted = false;
        if (position == limit && !fill()) return fieldEndsAt(position, INPUT_END);
        if (buffer[position] == '"') return scanQuoted();
        int p = position;
        while (true) {
            byte[] bytes = buffer;
            for (int end = limit; p < end; p++) {
                byte b = bytes[p];
                if (b == ',') return fieldEndsAt(p, SEPARATOR);
                if (b <= '\r') { // one test for line breaks, NUL and (negative) non-ASCII bytes
                    if (b == '\n' || b == '\r') return lineEndsAt(p, b);
                    if (b == 0) throw TextStart.binary(file, line);
                    if (b < 0) nonAscii = true;
                }
            }
            position = p;
            if (!fill()) return fieldEndsAt(position, INPUT_END);
            p = position;
        }
    }

    private int scanQuoted() throws IOException {
        quoted = true;
        boolean inQuotes = true;
        boolean cr = false;
        int p = position + 1;
        while (true) {
            byte[] bytes = buffer;
            for (int end = limit; p < end; p++) {
                byte b = bytes[p];
                if (b == '"') {
                    inQuotes = !inQuotes;
                } else if (inQuotes) {
                    if (b == '\r') {
                        line++;
                        cr = true;
                        continue;
                    }
                    if (b == '\n' && !cr) line++;
                    else if (b == 0) throw TextStart.binary(file, line);
                    else if (b < 0) nonAscii = true;
                } else if (b == ',') {
                    return fieldEndsAt(p, SEPARATOR);
                } else if (b == '\n' || b == '\r') {
                    return lineEndsAt(p, b);
                } else if (b == 0) {
                    throw TextStart.binary(file, line);
                } else if (b < 0) {
                    nonAscii = true;
                }
                cr = false;
            }
            position = p;
            if (!fill()) return fieldEndsAt(position, INPUT_END);
            p = position;
        }
    }

    private int fieldEndsAt(int end, int terminator) {
        fieldEnd = end;
        position = terminator == INPUT_END ? end : end + 1;
        return terminator;
    }

    private int lineEndsAt(int end, byte lineBreak) {
        line++;
        afterCr = lineBreak == '\r';
        return fieldEndsAt(end, LINE_END);
    }

    private void keepField(long fieldLine) {
        int start = fieldStart;
        int end = fieldEnd;
        if (quoted) {
            start++;
            if (end - 1 > fieldStart && buffer[end - 1] == '"') end--;
            end = Math.max(start, end);
        }
        boolean keep = column < maxFields;
        if (nonAscii) {
            checkUtf8(start, end, fieldLine);
            if (quoted) end = unescape(start, end);
            String text = decode(start, end);
            if (text.length() > CsvTapeReader.MAX_FIELD_CHARS) throw new FieldTooLong(recordLine, column + 1, quoted);
            row.addText(text, keep);
            return;
        }
        if (quoted) end = unescape(start, end);
        if (end - start > CsvTapeReader.MAX_FIELD_CHARS) throw new FieldTooLong(recordLine, column + 1, quoted);
        row.addBytes(start, end, keep);
    }

    /** Drops the first quote of each pair, in place; returns the new end. */
    private int unescape(int from, int to) {
        int read = from;
        while (read < to && buffer[read] != '"') read++;
        int write = read;
        boolean escape = false;
        for (; read < to; read++) {
            byte b = buffer[read];
            if (b == '"' && (escape = !escape)) continue;
            buffer[write++] = b;
        }
        return write;
    }

    /** Refuses a malformed sequence in the field's raw bytes, naming the line the bad byte is on. */
    private void checkUtf8(int from, int to, long fieldLine) {
        ByteBuffer bytes = ByteBuffer.wrap(buffer, from, to - from);
        try {
            decoder.decode(bytes);
        } catch (CharacterCodingException e) {
            int bad = bytes.position();
            long badLine = fieldLine;
            boolean cr = false;
            for (int i = fieldStart; i < bad; i++) {
                byte b = buffer[i];
                if (b == '\n' && !cr || b == '\r') badLine++;
                cr = b == '\r';
            }
            throw new InputDataException(String.format(
                    "%s:%d: invalid UTF-8 byte sequence (byte 0x%02X)", file, badLine, buffer[bad] & 0xFF));
        }
    }

    private String decode(int from, int to) {
        try {
            return decoder.decode(ByteBuffer.wrap(buffer, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("checked before unescaping", e);
        }
    }

    /** Reads the tape's first block and checks it ({@link TextStart}). */
    private void start() throws IOException {
        started = true;
        while (limit < TextStart.BLOCK && limit < buffer.length && read()) {
            // the first block is checked whole
        }
        position = TextStart.check(buffer, limit, file);
    }

    /**
     * Reads more of the tape after {@code limit}, first moving the current record to the buffer's start (or into a
     * larger buffer) when the room after it is short. Every position into the buffer is adjusted.
     *
     * @return false when the tape has no more bytes
     */
    private boolean fill() throws IOException {
        if (endOfInput) return false;
        // a character takes at most 3 bytes (a quote doubled: 2), so a field this long is too long whatever it holds
        if (position - fieldStart > 4L * CsvTapeReader.MAX_FIELD_CHARS) {
            throw new FieldTooLong(recordLine, column + 1, quoted);
        }
        if (buffer.length - limit < readBytes) {
            int kept = limit - recordStart;
            if (kept > maxRecordBytes) {
                throw new InputDataException(file + ":" + recordLine + ": a record is longer than the limit of "
                        + (maxRecordBytes >> 20) + " MiB");
            }
            byte[] target = kept + readBytes > buffer.length
                    ? new byte[Math.min(maxRecordBytes + readBytes, Math.max(2 * buffer.length, kept + readBytes))]
                    : buffer;
            System.arraycopy(buffer, recordStart, target, 0, kept);
            int by = recordStart;
            buffer = target;
            position -= by;
            limit -= by;
            fieldStart -= by;
            recordStart = 0;
            row.shift(buffer, by);
        }
        return read();
    }

    private boolean read() throws IOException {
        int count;
        do {
            count = in.read(buffer, limit, buffer.length - limit);
        } while (count == 0);
        if (count < 0) {
            endOfInput = true;
            return false;
        }
        limit += count;
        return true;
    }
}
