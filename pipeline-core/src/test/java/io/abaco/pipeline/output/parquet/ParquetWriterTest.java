package io.abaco.pipeline.output.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Parquet abaco writes, read back by DuckDB (the reader validation and shadow use). */
class ParquetWriterTest {
    private static final List<ParquetColumn> COLUMNS = List.of(
            new ParquetColumn("text", ParquetColumn.Type.STRING),
            new ParquetColumn("amount", ParquetColumn.Type.DOUBLE),
            new ParquetColumn("count", ParquetColumn.Type.INT64),
            new ParquetColumn("flag", ParquetColumn.Type.BOOLEAN));

    private static final String[] TEXTS = {"RCV-1", "", null, "Peñalosa & Hijos ✓", "a,b \"c\"\n", "x".repeat(300)};
    private static final double[] AMOUNTS = {0.0, -0.0, 28597.63, -1.5e300, Double.MIN_VALUE, 7.395473000000001};

    @TempDir
    Path dir;

    @Test
    void duckDbReadsEveryValueBackInOrderAcrossRowGroups() throws Exception {
        Path file = dir.resolve("t.parquet");
        int rows = 20;
        try (OutputStream out = Files.newOutputStream(file);
                ParquetWriter writer = ParquetWriter.file(COLUMNS, out, 3)) {
            for (int row = 0; row < rows; row++) writeRow(writer, row);
        }

        List<List<Object>> read = read("SELECT * FROM read_parquet('" + file + "')");
        assertThat(read).hasSize(rows);
        for (int row = 0; row < rows; row++)
            assertThat(read.get(row)).as("row " + row).isEqualTo(expected(row));
        assertThat(read("SELECT count(*) FROM parquet_metadata('" + file + "') WHERE path_in_schema = 'text'"))
                .containsExactly(List.of(7L)); // 20 rows in groups of 3
        assertThat(read("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('" + file + "'))"))
                .containsExactly(
                        List.of("text", "VARCHAR"),
                        List.of("amount", "DOUBLE"),
                        List.of("count", "BIGINT"),
                        List.of("flag", "BOOLEAN"));
    }

    @Test
    void nanAndNullAreDifferent() throws Exception {
        Path file = dir.resolve("nan.parquet");
        try (OutputStream out = Files.newOutputStream(file);
                ParquetWriter writer = ParquetWriter.file(COLUMNS.subList(1, 2), out)) {
            writer.doubleValue(0, Double.NaN);
            writer.endRow();
            writer.nullValue(0);
            writer.endRow();
        }
        assertThat(read("SELECT isnan(amount), amount IS NULL FROM read_parquet('" + file + "')"))
                .containsExactly(Arrays.asList(true, false), Arrays.asList(null, true));
    }

    @Test
    void anEmptyFileHasTheSchemaAndNoRows() throws Exception {
        Path file = dir.resolve("empty.parquet");
        try (OutputStream out = Files.newOutputStream(file);
                ParquetWriter writer = ParquetWriter.file(COLUMNS, out)) {
            // no rows
        }
        assertThat(read("SELECT count(*) FROM read_parquet('" + file + "')")).containsExactly(List.of(0L));
        assertThat(read("SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet('" + file + "'))"))
                .containsExactly(List.of("text"), List.of("amount"), List.of("count"), List.of("flag"));
    }

    @Test
    void assembledFileAddsTheLastColumnToEveryRowGroup() throws Exception {
        Path staged = dir.resolve("staged");
        List<ParquetColumn> stagedColumns = COLUMNS.subList(0, 3);
        int rows = 11;
        ParquetWriter writer = ParquetWriter.staged(stagedColumns, Files.newOutputStream(staged), 4);
        for (int row = 0; row < rows; row++) {
            writer.string(0, TEXTS[row % TEXTS.length]);
            writer.doubleValue(1, AMOUNTS[row % AMOUNTS.length]);
            writer.longValue(2, row == 5 ? Long.MIN_VALUE : row * 1_000_000_007L);
            writer.endRow();
        }
        writer.close();
        assertThat(Arrays.copyOf(Files.readAllBytes(staged), 4)).isNotEqualTo(ParquetFooter.MAGIC); // chunks only

        Path file = dir.resolve("assembled.parquet");
        AtomicInteger next = new AtomicInteger();
        try (InputStream in = Files.newInputStream(staged);
                OutputStream out = Files.newOutputStream(file)) {
            ParquetWriter.assemble(
                    writer,
                    in,
                    new ParquetColumn("flag", ParquetColumn.Type.BOOLEAN),
                    () -> next.getAndIncrement() % 3 == 0,
                    out);
        }

        assertThat(next.get()).isEqualTo(rows);
        List<List<Object>> read = read("SELECT * FROM read_parquet('" + file + "')");
        assertThat(read).hasSize(rows);
        for (int row = 0; row < rows; row++) {
            List<Object> expected = new ArrayList<>(Arrays.asList(
                    TEXTS[row % TEXTS.length],
                    AMOUNTS[row % AMOUNTS.length],
                    expected(row).get(2)));
            expected.add(row % 3 == 0);
            assertThat(read.get(row)).as("row " + row).isEqualTo(expected);
        }
        assertThat(read("SELECT count(DISTINCT row_group_id) FROM parquet_metadata('" + file + "')"))
                .containsExactly(List.of(3L));
    }

    @Test
    void anAssembledFileWithoutRowsHasTheSchemaAndNoRows() throws Exception {
        Path staged = dir.resolve("staged-empty");
        ParquetWriter writer = ParquetWriter.staged(COLUMNS.subList(0, 2), Files.newOutputStream(staged), 4);
        writer.close();
        Path file = dir.resolve("assembled-empty.parquet");
        try (InputStream in = Files.newInputStream(staged);
                OutputStream out = Files.newOutputStream(file)) {
            ParquetWriter.assemble(
                    writer,
                    in,
                    COLUMNS.get(3),
                    () -> {
                        throw new AssertionError("no rows, no flags");
                    },
                    out);
        }
        assertThat(read("SELECT count(*) FROM read_parquet('" + file + "')")).containsExactly(List.of(0L));
        assertThat(read("SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet('" + file + "'))"))
                .containsExactly(List.of("text"), List.of("amount"), List.of("flag"));
    }

    @Test
    void aRowMissingAValueIsRefusedAtTheRowGroup() throws Exception {
        ParquetWriter writer = ParquetWriter.file(COLUMNS.subList(0, 2), OutputStream.nullOutputStream(), 2);
        writer.string(0, "a");
        writer.doubleValue(1, 1.0);
        writer.endRow();
        writer.string(0, "b"); // no amount
        assertThatThrownBy(writer::endRow)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("column amount has 1 values in a row group of 2 rows");
    }

    private static void writeRow(ParquetWriter writer, int row) throws IOException {
        writer.string(0, TEXTS[row % TEXTS.length]);
        if (row % 7 == 6) {
            writer.nullValue(1);
        } else {
            writer.doubleValue(1, AMOUNTS[row % AMOUNTS.length]);
        }
        writer.longValue(2, row == 5 ? Long.MIN_VALUE : row * 1_000_000_007L);
        if (row % 5 == 4) {
            writer.nullValue(3);
        } else {
            writer.booleanValue(3, row % 3 == 0);
        }
        writer.endRow();
    }

    private static List<Object> expected(int row) {
        return Arrays.asList(
                TEXTS[row % TEXTS.length],
                row % 7 == 6 ? null : AMOUNTS[row % AMOUNTS.length],
                row == 5 ? Long.MIN_VALUE : row * 1_000_000_007L,
                row % 5 == 4 ? null : row % 3 == 0);
    }

    private static List<List<Object>> read(String query) throws SQLException {
        return DuckDbRows.query(query);
    }
}
