package io.abaco.pipeline.ingest.read;

import io.abaco.pipeline.ingest.schema.Amounts;
import io.abaco.pipeline.ingest.schema.RowFields;
import java.util.Arrays;

/**
 * One CSV record as {@link CsvRecords} found it: each kept field is a range of the reader's buffer, turned into a
 * {@code String} only when asked for, and amounts are parsed from the bytes. A field that is not ASCII arrives
 * already decoded.
 *
 * <p>Tapes repeat values row after row (a receivable's id and borrower over its periods, a dozen dates and periods
 * in turn), so each column remembers its recent short values ({@link RecentValues}): when the bytes are the same,
 * the same {@code String} is returned, which also lets later stages (PII masks, date parsing) recognise the repeat
 * by identity. Not thread-safe; reused for every record.
 */
final class CsvRow implements RowFields {
    private byte[] buffer;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private String[] texts = new String[16];
    private int size;
    private int fieldCount;
    private RecentValues[] recent = new RecentValues[16];

    void clear(byte[] buffer) {
        this.buffer = buffer;
        Arrays.fill(texts, 0, size, null);
        size = 0;
        fieldCount = 0;
    }

    /** Keeps a field in bytes (ASCII); with {@code keep} false it is only counted (beyond the header's width). */
    void addBytes(int start, int end, boolean keep) {
        fieldCount++;
        if (!keep) return;
        ensure();
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    /** Keeps a field decoded already. */
    void addText(String text, boolean keep) {
        fieldCount++;
        if (!keep) return;
        ensure();
        starts[size] = 0;
        ends[size] = 0;
        texts[size++] = text;
    }

    /** The buffer moved: its bytes now start {@code by} earlier. */
    void shift(byte[] newBuffer, int by) {
        buffer = newBuffer;
        for (int field = 0; field < size; field++) {
            starts[field] -= by;
            ends[field] -= by;
        }
    }

    /** How many fields the record had, kept or not. */
    int fieldCount() {
        return fieldCount;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String text(int index) {
        if (index >= size) return null;
        String text = texts[index];
        if (text == null) texts[index] = text = materialize(index);
        return text;
    }

    @Override
    public boolean isBlank(int index) {
        if (index >= size) return true;
        if (texts[index] != null) return texts[index].isBlank();
        for (int i = starts[index]; i < ends[index]; i++) {
            if (!isAsciiWhitespace(buffer[i])) return false;
        }
        return true;
    }

    @Override
    public double amount(int index) {
        if (index >= size) return Amounts.NOT_A_NUMBER;
        return texts[index] != null ? Amounts.parse(texts[index]) : Amounts.parse(buffer, starts[index], ends[index]);
    }

    private String materialize(int index) {
        if (index >= recent.length) recent = Arrays.copyOf(recent, Math.max(index + 1, 2 * recent.length));
        if (recent[index] == null) recent[index] = new RecentValues();
        return recent[index].text(buffer, starts[index], ends[index]);
    }

    /** {@link Character#isWhitespace} for an ASCII byte, as {@link String#isBlank} tests. */
    private static boolean isAsciiWhitespace(byte b) {
        return b == ' ' || b >= '\t' && b <= '\r' || b >= 0x1C && b <= 0x1F;
    }

    private void ensure() {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            texts = Arrays.copyOf(texts, size * 2);
        }
    }
}
