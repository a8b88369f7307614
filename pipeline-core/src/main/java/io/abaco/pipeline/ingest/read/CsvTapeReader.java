package io.abaco.pipeline.ingest.read;

import io.abaco.error.InputDataException;
import io.abaco.pipeline.ingest.schema.RowProblem;
import io.abaco.pipeline.ingest.schema.TapeSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a CSV tape (RFC 4180, UTF-8): comma-separated, double-quoted fields may hold commas, quotes and line
 * breaks; the first record is the header; blank lines are skipped. A row's line is the physical line its record
 * starts on, so a quoted newline in row 2 puts row 3 on line 4. The bytes are split by {@link CsvRecords}, which
 * also refuses what is not UTF-8 text.
 *
 * <p>A row whose field count differs from the header's is refused as ragged, naming the first missing or extra
 * field. A field longer than {@link #MAX_FIELD_CHARS} characters refuses the whole file.
 */
public final class CsvTapeReader {
    /** Longest field accepted (1 MiB of characters); longer ones refuse the file rather than exhaust memory. */
    public static final int MAX_FIELD_CHARS = 1 << 20;

    /** Widest header accepted. */
    public static final int MAX_COLUMNS = 4096;

    private CsvTapeReader() {}

    /** @param bytes the tape from its first byte; read to its end, not closed */
    public static void read(InputStream bytes, String file, RowHandler handler) {
        CsvRecords records = new CsvRecords(bytes, file, MAX_COLUMNS + 1);
        TapeSchema schema = null;
        try {
            if (!records.next()) throw new InputDataException(file + ": no header row (the file holds no text)");
            CsvRow header = records.row();
            if (header.fieldCount() > MAX_COLUMNS) {
                throw new InputDataException(file + ":" + records.line() + ": more than " + MAX_COLUMNS + " columns");
            }
            schema = handler.header(Arrays.asList(header.texts()), records.line());
            records.maxFields(schema.size() + 1);
            while (records.next()) {
                CsvRow row = records.row();
                handler.row(records.line(), row, ragged(row, schema));
            }
        } catch (CsvRecords.FieldTooLong e) {
            String name = schema != null && e.column <= schema.size() ? schema.name(e.column - 1) + ": " : "";
            throw new InputDataException(file + ":" + e.line + ":" + e.column + ": " + name
                    + "field is longer than the limit of " + MAX_FIELD_CHARS + " characters"
                    + (e.quoted ? " (or a quote is never closed)" : ""));
        } catch (IOException e) {
            throw new InputDataException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static RowProblem ragged(CsvRow row, TapeSchema schema) {
        int found = row.fieldCount();
        int expected = schema.size();
        if (found == expected) return null;
        String reason = "row has " + found + " field" + (found == 1 ? "" : "s") + ", the header has " + expected;
        return found < expected
                ? new RowProblem(found + 1, schema.name(found), reason)
                : new RowProblem(expected + 1, "(no column)", reason);
    }
}
