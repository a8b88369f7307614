package io.abaco.pipeline.output;

import io.abaco.pipeline.ingest.TapeColumns;
import io.abaco.pipeline.ingest.TapeRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams transformed loan rows, in one pass and without holding them, to staging files in a work directory: a CSV
 * and (when JSON output is wanted) JSON lines, each record missing only the trailing {@code outlier} flag, plus an
 * index of (record lengths, total_receivable_usd) per row. Once mean and stddev are known, {@link LoanFinisher}
 * copies each record and appends its flag. Not thread-safe.
 */
public final class LoanStage implements AutoCloseable {
    /** Per row in the index: CSV record bytes (int), JSON record bytes (int), total_receivable_usd (double). */
    static final int INDEX_ENTRY_BYTES = 16;

    private final Path directory;
    private final List<String> columns;
    private final List<String> extraColumns;
    private final String[] jsonKeys;
    private final ByteSink csv;
    private final ByteSink json;
    private final ByteSink index;
    private final java.nio.ByteBuffer indexEntry = java.nio.ByteBuffer.allocate(INDEX_ENTRY_BYTES);
    private final StringBuilder line = new StringBuilder(256);
    private final StringBuilder jsonLine = new StringBuilder(512);
    private final int[] amountBounds = new int[2 * TapeColumns.AMOUNTS.size()];
    private long rows;

    /** @param withJson whether to stage JSON lines as well */
    public LoanStage(Path directory, List<String> extraColumns, boolean withJson) {
        this.directory = directory;
        this.extraColumns = List.copyOf(extraColumns);
        this.columns = columns(extraColumns);
        this.jsonKeys = new String[columns.size()];
        for (int column = 0; column < columns.size(); column++) {
            StringBuilder key = new StringBuilder(column == 0 ? "{" : ",");
            JsonText.appendString(key, columns.get(column));
            jsonKeys[column] = key.append(':').toString();
        }
        try {
            csv = new ByteSink(Files.newOutputStream(csvFile()), null);
            json = withJson ? new ByteSink(Files.newOutputStream(jsonFile()), null) : null;
            index = new ByteSink(Files.newOutputStream(indexFile()), null);
            StringBuilder header = new StringBuilder();
            for (String column : columns) {
                if (header.length() > 0) header.append(',');
                CsvText.appendText(header, column);
            }
            csv.writeText(header.append('\n'));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The staged columns: loan_id, period, measurement_date, the amounts, then the extras. */
    public static List<String> columns(List<String> extraColumns) {
        List<String> columns =
                new ArrayList<>(List.of(TapeColumns.LOAN_ID, TapeColumns.PERIOD, TapeColumns.MEASUREMENT_DATE));
        columns.addAll(TapeColumns.AMOUNTS);
        columns.addAll(extraColumns);
        return List.copyOf(columns);
    }

    public void write(TapeRow row) {
        line.setLength(0);
        CsvText.appendText(line, row.loanId());
        line.append(',');
        CsvText.appendText(line, row.period());
        line.append(',');
        CsvText.appendText(line, row.measurementDate());
        double[] amounts = row.amounts();
        for (int amount = 0; amount < amounts.length; amount++) {
            line.append(',');
            amountBounds[2 * amount] = line.length();
            CsvText.appendDouble(line, amounts[amount]);
            amountBounds[2 * amount + 1] = line.length();
        }
        String[] extras = row.extras();
        for (int extra = 0; extra < extraColumns.size(); extra++) {
            line.append(',');
            if (extras != null && extra < extras.length) CsvText.appendText(line, extras[extra]);
        }
        line.append('\n');
        try {
            int csvLength = csv.writeText(line);
            int jsonLength = json == null ? 0 : json.writeText(jsonRecord(row));
            indexEntry.clear();
            indexEntry.putInt(csvLength).putInt(jsonLength).putDouble(row.amounts()[TapeColumns.TOTAL_RECEIVABLE]);
            index.write(indexEntry.array(), 0, INDEX_ENTRY_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write in " + directory + ": " + e.getMessage(), e);
        }
        rows++;
    }

    private StringBuilder jsonRecord(TapeRow row) {
        jsonLine.setLength(0);
        jsonLine.append(jsonKeys[0]);
        JsonText.appendString(jsonLine, row.loanId());
        jsonLine.append(jsonKeys[1]);
        JsonText.appendString(jsonLine, row.period());
        jsonLine.append(jsonKeys[2]);
        JsonText.appendString(jsonLine, row.measurementDate());
        double[] amounts = row.amounts();
        for (int amount = 0; amount < amounts.length; amount++) {
            jsonLine.append(jsonKeys[3 + amount]);
            // the CSV text of a number is valid JSON: formatted once, copied here
            jsonLine.append(line, amountBounds[2 * amount], amountBounds[2 * amount + 1]);
        }
        String[] extras = row.extras();
        for (int extra = 0; extra < extraColumns.size(); extra++) {
            jsonLine.append(jsonKeys[3 + amounts.length + extra]);
            JsonText.appendString(jsonLine, extras != null && extra < extras.length ? extras[extra] : null);
        }
        return jsonLine.append('\n');
    }

    public long rows() {
        return rows;
    }

    public Path csvFile() {
        return directory.resolve("loans.staged.csv");
    }

    public Path jsonFile() {
        return directory.resolve("loans.staged.jsonl");
    }

    Path indexFile() {
        return directory.resolve("loans.staged.index");
    }

    public boolean hasJson() {
        return json != null;
    }

    public List<String> columnNames() {
        return columns;
    }

    @Override
    public void close() {
        try (ByteSink closingCsv = csv;
                ByteSink closingJson = json;
                ByteSink closingIndex = index) {
            // closed in reverse order by try-with-resources
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write in " + directory + ": " + e.getMessage(), e);
        }
    }
}
