package io.abaco.pipeline.ingest.read;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import io.abaco.error.InputDataException;
import io.abaco.pipeline.ingest.schema.RowProblem;
import io.abaco.pipeline.ingest.schema.TapeSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CSV tape (RFC 4180 via FastCSV): comma-separated, double-quoted fields may hold commas, quotes and line
 * breaks; the first record is the header; blank lines are skipped. A row's line is the physical line its record
 * starts on, so a quoted newline in row 2 puts row 3 on line 4.
 *
 * <p>A row whose field count differs from the header's is refused as ragged, naming the first missing or extra
 * field. A field longer than {@link #MAX_FIELD_CHARS} characters refuses the whole file. Decoding is the caller's
 * {@link Utf8TextReader}.
 */
public final class CsvTapeReader {
    /** Longest field accepted (1 MiB of characters); longer ones refuse the file rather than exhaust memory. */
    public static final int MAX_FIELD_CHARS = 1 << 20;

    /** Widest header accepted. */
    public static final int MAX_COLUMNS = 4096;

    private static final Pattern STARTED_IN_LINE = Pattern.compile("started in line (\\d+)");

    private CsvTapeReader() {}

    public static void read(Reader text, String file, RowHandler handler) {
        CsvFieldCollector collector = new CsvFieldCollector(MAX_FIELD_CHARS, MAX_COLUMNS + 1);
        TapeSchema schema = null;
        try (CsvReader<CsvFieldCollector.Record> csv = CsvReader.builder()
                .skipEmptyLines(true)
                .ignoreDifferentFieldCount(true)
                .build(collector, text)) {
            CloseableIterator<CsvFieldCollector.Record> records = csv.iterator();
            if (!records.hasNext()) throw new InputDataException(file + ": no header row (the file holds no text)");
            CsvFieldCollector.Record header = records.next();
            if (header.fieldCount() > MAX_COLUMNS) {
                throw new InputDataException(file + ":" + header.line() + ": more than " + MAX_COLUMNS + " columns");
            }
            schema = handler.header(Arrays.asList(header.fields()), header.line());
            collector.maxFields(schema.size() + 1);
            while (records.hasNext()) {
                CsvFieldCollector.Record record = records.next();
                handler.row(record.line(), record.fields(), ragged(record, schema));
            }
        } catch (CsvFieldCollector.FieldTooLong e) {
            throw tooLong(e, schema, file);
        } catch (CsvParseException e) {
            // FastCSV wraps what the callback handler and the decoding reader throw
            Throwable cause = e.getCause();
            if (cause instanceof InputDataException refused) throw refused;
            if (cause instanceof CsvFieldCollector.FieldTooLong tooLong) throw tooLong(tooLong, schema, file);
            String detail = cause == null ? "" : ": " + cause.getMessage();
            if (detail.toLowerCase(java.util.Locale.ROOT).contains("maximum buffer size")) {
                Matcher started = STARTED_IN_LINE.matcher(String.valueOf(e.getMessage()));
                String line = started.find() ? ":" + started.group(1) : "";
                throw new InputDataException(
                        file + line + ": a field is longer than the limit of " + MAX_FIELD_CHARS
                                + " characters (or a quote is never closed)",
                        e);
            }
            throw new InputDataException(file + ": unreadable CSV: " + e.getMessage() + detail, e);
        } catch (UncheckedIOException e) {
            throw new InputDataException(file + ": cannot read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InputDataException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static InputDataException tooLong(CsvFieldCollector.FieldTooLong e, TapeSchema schema, String file) {
        String name = schema != null && e.column <= schema.size() ? schema.name(e.column - 1) + ": " : "";
        return new InputDataException(file + ":" + e.line + ":" + e.column + ": " + name
                + "field is longer than the limit of " + MAX_FIELD_CHARS + " characters"
                + (e.quoted ? " (or a quote is never closed)" : ""));
    }

    private static RowProblem ragged(CsvFieldCollector.Record record, TapeSchema schema) {
        int found = record.fieldCount();
        int expected = schema.size();
        if (found == expected) return null;
        String reason = "row has " + found + " field" + (found == 1 ? "" : "s") + ", the header has " + expected;
        return found < expected
                ? new RowProblem(found + 1, schema.name(found), reason)
                : new RowProblem(expected + 1, "(no column)", reason);
    }
}
