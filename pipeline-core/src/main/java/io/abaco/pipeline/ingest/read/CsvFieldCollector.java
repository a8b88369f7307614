package io.abaco.pipeline.ingest.read;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordWrapper;
import java.util.Arrays;

/**
 * Collects the fields of one CSV record with limits, so that a hostile file costs bounded memory: a field longer
 * than {@link CsvTapeReader#MAX_FIELD_CHARS} is refused before it becomes a String, and fields beyond
 * {@code maxFields} are counted but not kept.
 */
final class CsvFieldCollector extends AbstractBaseCsvCallbackHandler<CsvFieldCollector.Record> {
    /** One record: its starting line, the kept fields, and how many fields it really had. */
    record Record(long line, String[] fields, int fieldCount) {}

    /** A field is longer than the limit; the reader turns it into a message naming line and column. */
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

    private final int maxFieldChars;
    private int maxFields;
    private String[] fields = new String[32];
    private int kept;

    CsvFieldCollector(int maxFieldChars, int maxFields) {
        this.maxFieldChars = maxFieldChars;
        this.maxFields = maxFields;
    }

    void maxFields(int maxFields) {
        this.maxFields = maxFields;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        kept = 0;
    }

    @Override
    protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
        if (len > maxFieldChars) throw new FieldTooLong(getStartingLineNumber(), fieldIdx + 1, quoted);
        if (fieldIdx >= maxFields) return;
        if (kept == fields.length) fields = Arrays.copyOf(fields, fields.length * 2);
        fields[kept++] = new String(buf, offset, len);
    }

    @Override
    protected RecordWrapper<Record> buildRecord() {
        return wrapRecord(new Record(getStartingLineNumber(), Arrays.copyOf(fields, kept), getFieldCount()));
    }
}
