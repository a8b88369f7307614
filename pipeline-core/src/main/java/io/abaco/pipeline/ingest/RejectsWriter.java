package io.abaco.pipeline.ingest;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.abaco.fs.AtomicFiles;
import io.abaco.pipeline.ingest.schema.RowProblem;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes lenient mode's {@code rejects.csv} (columns {@code line,column,field,reason,raw}; {@code raw} is the row's
 * fields re-encoded as one CSV line). Streams to a temporary sibling, created at the first reject, and appears
 * under its final name only on {@link #commit}.
 */
final class RejectsWriter implements AutoCloseable {
    static final String FILE_NAME = "rejects.csv";

    private final Path target;
    private Path temp;
    private CsvWriter writer;

    RejectsWriter(Path stagingDir) {
        this.target = stagingDir.resolve(FILE_NAME);
    }

    void write(long line, RowProblem problem, String[] fields) {
        try {
            if (writer == null) open();
            writer.writeRecord(
                    Long.toString(line),
                    Integer.toString(problem.column()),
                    problem.columnName(),
                    problem.reason(),
                    raw(fields));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + temp + ": " + e.getMessage(), e);
        }
    }

    /** @return the rejects file, or null when nothing was rejected */
    Path commit() {
        if (writer == null) return null;
        try {
            writer.close();
            writer = null;
            AtomicFiles.commit(temp, target);
            temp = null;
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Drops an uncommitted file. */
    @Override
    public void close() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException ignored) {
                // the temporary file is deleted below; nothing under the final name
            }
        }
        if (temp != null) AtomicFiles.deleteQuietly(temp);
    }

    private void open() throws IOException {
        Files.createDirectories(target.getParent());
        temp = AtomicFiles.tempSibling(target);
        BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
        writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        writer.writeRecord("line", "column", "field", "reason", "raw");
    }

    private static String raw(String[] fields) {
        StringWriter text = new StringWriter();
        CsvWriter.builder()
                .lineDelimiter(LineDelimiter.LF)
                .build(text)
                .writeRecord(Arrays.asList(fields).stream()
                        .map(field -> field == null ? "" : field)
                        .toList());
        String line = text.toString();
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }
}
