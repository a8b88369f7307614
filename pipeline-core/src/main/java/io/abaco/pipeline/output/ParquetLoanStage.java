package io.abaco.pipeline.output;

import io.abaco.pipeline.ingest.TapeColumns;
import io.abaco.pipeline.ingest.TapeConsumer;
import io.abaco.pipeline.ingest.TapeHeader;
import io.abaco.pipeline.ingest.TapeRow;
import io.abaco.pipeline.output.parquet.ParquetColumn;
import io.abaco.pipeline.output.parquet.ParquetWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes the loans output's Parquet row groups as the rows stream (every column but the {@code outlier} flag),
 * into a staging file; {@link LoanFinisher#parquet} completes the file once the flags are known. Fed by
 * {@link LoanStage} through its own thread. Not thread-safe.
 */
final class ParquetLoanStage implements TapeConsumer, AutoCloseable {
    private final Path file;
    private final int extraColumns;
    private final ParquetWriter writer;

    ParquetLoanStage(Path file, List<String> columns, int extraColumns) {
        this.file = file;
        this.extraColumns = extraColumns;
        try {
            writer = ParquetWriter.staged(
                    schema(columns),
                    new BufferedOutputStream(Files.newOutputStream(file), 1 << 16),
                    ParquetWriter.ROW_GROUP_ROWS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The staged columns' types: the amounts are doubles, everything else text (as the CSV stage declares). */
    static List<ParquetColumn> schema(List<String> columns) {
        List<ParquetColumn> schema = new ArrayList<>();
        for (String column : columns) {
            schema.add(new ParquetColumn(
                    column,
                    TapeColumns.AMOUNTS.contains(column) ? ParquetColumn.Type.DOUBLE : ParquetColumn.Type.STRING));
        }
        return schema;
    }

    @Override
    public void begin(TapeHeader header) {}

    @Override
    public void accept(TapeRow row) {
        writer.string(0, row.loanId());
        writer.string(1, row.period());
        writer.string(2, row.measurementDate());
        double[] amounts = row.amounts();
        int column = 3;
        for (int amount = 0; amount < TapeColumns.AMOUNTS.size(); amount++)
            writer.doubleValue(column++, amounts[amount]);
        String[] extras = row.extras();
        for (int extra = 0; extra < extraColumns; extra++) {
            writer.string(column++, extras != null && extra < extras.length ? extras[extra] : null);
        }
        try {
            writer.endRow();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    Path file() {
        return file;
    }

    ParquetWriter writer() {
        return writer;
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
