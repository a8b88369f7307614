package io.abaco.pipeline.output;

import io.abaco.pipeline.output.parquet.ParquetColumn;
import io.abaco.pipeline.output.parquet.ParquetWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A few rows of typed values (the KPIs, a time series) written as csv, json lines or parquet with the same text
 * conventions as the loans output ({@link CsvText}, {@link JsonText}). Values are {@code String}, {@code Double},
 * {@code Long} or null, matching the column types. Not thread-safe.
 */
final class SmallTable {
    private final List<ParquetColumn> columns;
    private final List<Object[]> rows = new ArrayList<>();

    SmallTable(List<ParquetColumn> columns) {
        this.columns = List.copyOf(columns);
    }

    SmallTable row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        rows.add(values.clone());
        return this;
    }

    int size() {
        return rows.size();
    }

    /** Writes the table to a new file in {@code format} (csv, json or parquet). */
    void write(Path file, String format) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW))) {
            switch (format.toLowerCase(Locale.ROOT)) {
                case "csv" -> out.write(csv().getBytes(StandardCharsets.UTF_8));
                case "json" -> out.write(json().getBytes(StandardCharsets.UTF_8));
                case "parquet" -> writeParquet(out);
                default -> throw new IllegalArgumentException("unknown output format " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    String csv() {
        StringBuilder text = new StringBuilder();
        for (int column = 0; column < columns.size(); column++) {
            if (column > 0) text.append(',');
            CsvText.appendText(text, columns.get(column).name());
        }
        text.append('\n');
        for (Object[] row : rows) {
            for (int column = 0; column < columns.size(); column++) {
                if (column > 0) text.append(',');
                Object value = row[column];
                if (value instanceof String string) {
                    CsvText.appendText(text, string);
                } else if (value instanceof Double number) {
                    CsvText.appendDouble(text, number);
                } else if (value != null) {
                    text.append((long) (Long) value);
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    String json() {
        StringBuilder text = new StringBuilder();
        for (Object[] row : rows) {
            for (int column = 0; column < columns.size(); column++) {
                text.append(column == 0 ? '{' : ',');
                JsonText.appendString(text, columns.get(column).name());
                text.append(':');
                Object value = row[column];
                if (value instanceof String string) {
                    JsonText.appendString(text, string);
                } else if (value instanceof Double number) {
                    CsvText.appendDouble(text, number); // CSV's number text is valid JSON
                } else if (value != null) {
                    text.append((long) (Long) value);
                } else {
                    text.append("null");
                }
            }
            text.append("}\n");
        }
        return text.toString();
    }

    private void writeParquet(OutputStream out) throws IOException {
        try (ParquetWriter writer = ParquetWriter.file(columns, out)) {
            for (Object[] row : rows) {
                for (int column = 0; column < columns.size(); column++) {
                    Object value = row[column];
                    if (value == null) {
                        writer.nullValue(column);
                    } else if (value instanceof String string) {
                        writer.string(column, string);
                    } else if (value instanceof Double number) {
                        writer.doubleValue(column, number);
                    } else {
                        writer.longValue(column, (Long) value);
                    }
                }
                writer.endRow();
            }
        }
    }
}
