package io.abaco.pipeline.output;

import io.abaco.pipeline.ingest.TapeColumns;
import io.abaco.pipeline.ingest.TapeConsumer;
import io.abaco.pipeline.ingest.TapeHeader;
import io.abaco.pipeline.ingest.TapeRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams transformed loan rows, in one pass and without holding them, to a staging CSV in a work directory (each
 * record missing only the trailing {@code outlier} flag) with an index of (record length, total_receivable_usd) per
 * row, and, when JSON output is wanted, the JSON lines output itself under its temporary name with every flag
 * {@code false} (reusing the CSV record's number text), and, when Parquet output is wanted, on a second thread, the
 * Parquet row groups without the flag column ({@link ParquetLoanStage}). Once mean and stddev are known,
 * {@link LoanFinisher} copies the CSV records appending their flags, flips the JSON flags of the outliers in place,
 * and completes the Parquet file with the flag column. Not thread-safe: one producer thread (which may be a
 * {@link RowHandoff}'s worker).
 */
public final class LoanStage implements TapeConsumer, AutoCloseable {
    /** Per row in the index: CSV record bytes (int), total_receivable_usd (double). */
    static final int INDEX_ENTRY_BYTES = 12;

    private final Path directory;
    private final List<String> columns;
    private final List<String> extraColumns;
    private final ByteSink csv;
    private final JsonLoanStage json;
    private final ParquetLoanStage parquet;
    private final RowHandoff parquetHandoff;
    private final ByteSink index;
    private final java.nio.ByteBuffer indexEntry = java.nio.ByteBuffer.allocate(INDEX_ENTRY_BYTES);
    private final ByteLine line = new ByteLine();
    private final int[] amountBounds = new int[2 * TapeColumns.AMOUNTS.size()];
    private long rows;

    /**
     * @param jsonFile where to write the JSON lines output (a temporary name: {@link LoanFinisher} completes it in
     *     place), or null when JSON is not wanted
     * @param withParquet whether to stage Parquet row groups for the Parquet output
     */
    public LoanStage(Path directory, List<String> extraColumns, Path jsonFile, boolean withParquet) {
        boolean withJson = jsonFile != null;
        this.directory = directory;
        this.extraColumns = List.copyOf(extraColumns);
        this.columns = columns(extraColumns);
        try {
            csv = new ByteSink(Files.newOutputStream(csvFile()), null);
            json = withJson
                    ? new JsonLoanStage(jsonFile, directory.resolve("loans.staged.jsonlengths"), columns, extraColumns)
                    : null;
            parquet = withParquet
                    ? new ParquetLoanStage(directory.resolve("loans.staged.parquet"), columns, extraColumns.size())
                    : null;
            parquetHandoff = withParquet ? new RowHandoff(parquet, "abaco-loans-parquet") : null;
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

    @Override
    public void begin(TapeHeader header) {}

    /** Stages one transformed row. */
    @Override
    public void accept(TapeRow row) {
        int start = line.length(); // records gather in the line, written out in large pieces
        line.appendCsvText(row.loanId());
        line.append(',');
        line.appendCsvText(row.period());
        line.append(',');
        line.appendCsvText(row.measurementDate());
        double[] amounts = row.amounts();
        for (int amount = 0; amount < amounts.length; amount++) {
            line.append(',');
            amountBounds[2 * amount] = line.length();
            line.appendDouble(amounts[amount]);
            amountBounds[2 * amount + 1] = line.length();
        }
        String[] extras = row.extras();
        for (int extra = 0; extra < extraColumns.size(); extra++) {
            line.append(',');
            if (extras != null && extra < extras.length) line.appendCsvText(extras[extra]);
        }
        line.append('\n');
        try {
            int csvLength = line.length() - start;
            indexEntry.clear();
            indexEntry.putInt(csvLength).putDouble(row.amounts()[TapeColumns.TOTAL_RECEIVABLE]);
            index.write(indexEntry.array(), 0, INDEX_ENTRY_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write in " + directory + ": " + e.getMessage(), e);
        }
        if (json != null) json.write(row, line, amountBounds);
        if (parquetHandoff != null) parquetHandoff.accept(row);
        rows++;
        if (line.length() >= ByteLine.WRITE_AT) writeOut();
    }

    private void writeOut() {
        try {
            csv.write(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write in " + directory + ": " + e.getMessage(), e);
        }
        line.clear();
    }

    public long rows() {
        return rows;
    }

    public Path csvFile() {
        return directory.resolve("loans.staged.csv");
    }

    JsonLoanStage json() {
        return json;
    }

    ParquetLoanStage parquet() {
        return parquet;
    }

    Path indexFile() {
        return directory.resolve("loans.staged.index");
    }

    public List<String> columnNames() {
        return columns;
    }

    /** Finishes the staged files (waiting for the Parquet thread); rethrows a failure of that thread. */
    @Override
    public void close() {
        try (ByteSink closingCsv = csv;
                ByteSink closingIndex = index) {
            writeOut();
            if (parquetHandoff != null) parquetHandoff.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write in " + directory + ": " + e.getMessage(), e);
        } finally {
            try {
                if (json != null) json.close();
            } finally {
                if (parquet != null) parquet.close();
            }
        }
    }

    /** Stops the Parquet thread without waiting (the run is failing) and closes what is open. */
    public void abort() {
        if (parquetHandoff != null) parquetHandoff.abort();
        try {
            close();
        } catch (RuntimeException ignored) {
            // failing already; the work directory is deleted
        }
    }
}
