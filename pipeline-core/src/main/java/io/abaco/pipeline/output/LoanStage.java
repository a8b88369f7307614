package io.abaco.pipeline.output;

import io.abaco.pipeline.ingest.TapeColumns;
import io.abaco.pipeline.ingest.TapeRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams transformed loan rows to a staging CSV (never the final output) in one pass, so that the table is never
 * held in memory; the final outputs are produced from it once the outlier statistics are known. Not thread-safe.
 */
public final class LoanStage implements AutoCloseable {
    private final Path file;
    private final Writer writer;
    private final StringBuilder line = new StringBuilder(256);
    private final List<String> columns;
    private long rows;

    public LoanStage(Path file, List<String> extraColumns) {
        this.file = file;
        this.columns = columns(extraColumns);
        try {
            writer = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
            writer.write(String.join(",", columns));
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
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
        for (double amount : row.amounts()) {
            line.append(',');
            CsvText.appendDouble(line, amount);
        }
        String[] extras = row.extras();
        int extraCount = columns.size() - 3 - TapeColumns.AMOUNTS.size();
        for (int index = 0; index < extraCount; index++) {
            line.append(',');
            if (extras != null && index < extras.length) CsvText.appendText(line, extras[index]);
        }
        line.append('\n');
        try {
            writer.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        rows++;
    }

    public long rows() {
        return rows;
    }

    public Path file() {
        return file;
    }

    public List<String> columnNames() {
        return columns;
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
