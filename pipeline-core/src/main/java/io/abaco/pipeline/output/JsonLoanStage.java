package io.abaco.pipeline.output;

import io.abaco.pipeline.ingest.TapeColumns;
import io.abaco.pipeline.ingest.TapeRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the JSON lines of the loans output with {@code "outlier":false} in every object ({@link #FLAG_FALSE}),
 * and the byte length of every record, so that {@link LoanFinisher} can flip the outliers' flags in place to the
 * same-length {@link #FLAG_TRUE} (JSON allows the blank). Fed by {@link LoanStage} on its thread, with the number
 * text it has just formatted for the CSV record (formatting a million rows' numbers twice cost more than the rest
 * of the JSON). Not thread-safe.
 */
final class JsonLoanStage implements AutoCloseable {
    static final String FLAG_FALSE = ",\"outlier\":false}\n";
    static final String FLAG_TRUE = ",\"outlier\":true }\n";
    private static final byte[] FLAG_FALSE_BYTES = FLAG_FALSE.getBytes(StandardCharsets.UTF_8);

    private final Path file;
    private final Path lengthsFile;
    private final List<String> extraColumns;
    private final byte[][] keys;
    private final ByteSink json;
    private final ByteSink lengths;
    private final ByteBuffer length = ByteBuffer.allocate(Integer.BYTES);
    private final ByteLine line = new ByteLine();

    JsonLoanStage(Path file, Path lengthsFile, List<String> columns, List<String> extraColumns) {
        this.file = file;
        this.lengthsFile = lengthsFile;
        this.extraColumns = List.copyOf(extraColumns);
        this.keys = new byte[columns.size()][];
        for (int column = 0; column < columns.size(); column++) {
            StringBuilder key = new StringBuilder(column == 0 ? "{" : ",");
            JsonText.appendString(key, columns.get(column));
            keys[column] = key.append(':').toString().getBytes(StandardCharsets.UTF_8);
        }
        try {
            json = new ByteSink(Files.newOutputStream(file), null);
            lengths = new ByteSink(Files.newOutputStream(lengthsFile), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param numbers the CSV record of the row, in which amount {@code i} is the text from {@code bounds[2i]} to
     *     {@code bounds[2i + 1]}
     */
    void write(TapeRow row, ByteLine numbers, int[] bounds) {
        int start = line.length(); // records gather in the line, written out in large pieces
        line.append(keys[0]);
        line.appendJsonString(row.loanId());
        line.append(keys[1]);
        line.appendJsonString(row.period());
        line.append(keys[2]);
        line.appendJsonString(row.measurementDate());
        for (int amount = 0; amount < TapeColumns.AMOUNTS.size(); amount++) {
            line.append(keys[3 + amount]);
            // CSV's number text is valid JSON
            line.append(numbers.bytes(), bounds[2 * amount], bounds[2 * amount + 1] - bounds[2 * amount]);
        }
        String[] extras = row.extras();
        for (int extra = 0; extra < extraColumns.size(); extra++) {
            line.append(keys[3 + TapeColumns.AMOUNTS.size() + extra]);
            line.appendJsonString(extras != null && extra < extras.length ? extras[extra] : null);
        }
        line.append(FLAG_FALSE_BYTES);
        try {
            length.clear();
            lengths.write(length.putInt(line.length() - start).array(), 0, Integer.BYTES);
            if (line.length() >= ByteLine.WRITE_AT) {
                json.write(line);
                line.clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    Path file() {
        return file;
    }

    Path lengthsFile() {
        return lengthsFile;
    }

    @Override
    public void close() {
        try (ByteSink closingJson = json;
                ByteSink closingLengths = lengths) {
            json.write(line);
            line.clear();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
