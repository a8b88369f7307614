package io.abaco.pipeline.output.parquet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Writes rows as Parquet row groups (one Snappy-compressed PLAIN data page per column chunk; see
 * {@link ColumnChunkEncoder}), streaming: only the current row group is held, in its encoded form.
 *
 * <p>Two uses. {@link #file} writes a whole Parquet file. {@link #staged} writes only the row groups' column chunks,
 * for a file whose last column is known only once every row has been seen (the loans output's {@code outlier} flag,
 * which needs the mean and standard deviation of all rows): {@link #assemble} then copies each row group into the
 * final file followed by that column's chunk, and writes the footer.
 *
 * <p>Rows are given column by column, in schema order, then {@link #endRow}. Not thread-safe.
 */
public final class ParquetWriter implements AutoCloseable {
    /** DuckDB's default row group size: large enough for good compression, small enough to hold. */
    public static final int ROW_GROUP_ROWS = 122_880;

    static final String CREATED_BY = "abaco";

    private final List<ParquetColumn> columns;
    private final ColumnChunkEncoder[] encoders;
    private final CountingOutputStream out;
    private final boolean wholeFile;
    private final int rowGroupRows;
    private final ColumnChunkEncoder.Scratch scratch = new ColumnChunkEncoder.Scratch();
    private final List<RowGroupMetadata> rowGroups = new ArrayList<>();
    private int rows;
    private boolean closed;

    private ParquetWriter(List<ParquetColumn> columns, OutputStream out, boolean wholeFile, int rowGroupRows)
            throws IOException {
        this.columns = List.copyOf(columns);
        this.encoders = this.columns.stream().map(ColumnChunkEncoder::new).toArray(ColumnChunkEncoder[]::new);
        this.out = new CountingOutputStream(out);
        this.wholeFile = wholeFile;
        this.rowGroupRows = rowGroupRows;
        if (wholeFile) this.out.write(ParquetFooter.MAGIC);
    }

    /** A writer of a complete Parquet file to {@code out}; {@link #close} writes the footer and closes it. */
    public static ParquetWriter file(List<ParquetColumn> columns, OutputStream out) throws IOException {
        return new ParquetWriter(columns, out, true, ROW_GROUP_ROWS);
    }

    /** As {@link #file}, with row groups of {@code rowGroupRows} rows (tests use small ones). */
    static ParquetWriter file(List<ParquetColumn> columns, OutputStream out, int rowGroupRows) throws IOException {
        return new ParquetWriter(columns, out, true, rowGroupRows);
    }

    /** A writer of row groups only (no magic, no footer), to be completed by {@link #assemble}. */
    public static ParquetWriter staged(List<ParquetColumn> columns, OutputStream out, int rowGroupRows)
            throws IOException {
        return new ParquetWriter(columns, out, false, rowGroupRows);
    }

    public void string(int column, String value) {
        encoders[column].addString(value);
    }

    public void doubleValue(int column, double value) {
        encoders[column].addDouble(value);
    }

    public void longValue(int column, long value) {
        encoders[column].addLong(value);
    }

    public void booleanValue(int column, boolean value) {
        encoders[column].addBoolean(value);
    }

    public void nullValue(int column) {
        encoders[column].addNull();
    }

    /** Ends the row; every column must have received one value. */
    public void endRow() throws IOException {
        if (++rows == rowGroupRows) flushRowGroup();
    }

    /** The row groups written so far (all of them once closed). */
    List<RowGroupMetadata> rowGroups() {
        return List.copyOf(rowGroups);
    }

    /** Writes the last row group, and for a whole file the footer; closes the stream. */
    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        try (OutputStream closing = out) {
            if (rows > 0) flushRowGroup();
            if (wholeFile) out.write(ParquetFooter.encode(columns, rowGroups, CREATED_BY));
        }
    }

    private void flushRowGroup() throws IOException {
        List<ChunkMetadata> chunks = new ArrayList<>(encoders.length);
        for (ColumnChunkEncoder encoder : encoders) {
            if (encoder.count() != rows) {
                throw new IllegalStateException("column " + encoder.column().name() + " has " + encoder.count()
                        + " values in a row group of " + rows + " rows");
            }
            chunks.add(encoder.writeChunk(out, out.count(), scratch));
        }
        rowGroups.add(new RowGroupMetadata(rows, chunks));
        rows = 0;
    }

    /**
     * Writes a complete Parquet file to {@code out}: the row groups that {@link #staged} wrote (read in order from
     * {@code staged}), each followed by its chunk of {@code lastColumn}, whose values {@code lastValues} gives row
     * by row; then the footer. Does not close {@code out}.
     *
     * @param writer the closed staged writer (for its schema and row groups)
     */
    public static void assemble(
            ParquetWriter writer,
            InputStream staged,
            ParquetColumn lastColumn,
            BooleanSupplier lastValues,
            OutputStream out)
            throws IOException {
        if (lastColumn.type() != ParquetColumn.Type.BOOLEAN) {
            throw new IllegalArgumentException("only a boolean last column is supported: " + lastColumn);
        }
        if (!writer.closed || writer.wholeFile) throw new IllegalStateException("not a closed staged writer");
        CountingOutputStream counting = new CountingOutputStream(out);
        counting.write(ParquetFooter.MAGIC);
        ColumnChunkEncoder last = new ColumnChunkEncoder(lastColumn);
        ColumnChunkEncoder.Scratch scratch = new ColumnChunkEncoder.Scratch();
        byte[] buffer = new byte[1 << 16];
        long stagedPosition = 0;
        List<RowGroupMetadata> groups = new ArrayList<>();
        for (RowGroupMetadata group : writer.rowGroups) {
            long start = group.chunks().get(0).offset();
            long end = start;
            for (ChunkMetadata chunk : group.chunks()) end = Math.max(end, chunk.offset() + chunk.compressedSize());
            if (start != stagedPosition) throw new IOException("staged row groups are not contiguous");
            long shift = counting.count() - start;
            copy(staged, counting, end - start, buffer);
            stagedPosition = end;
            List<ChunkMetadata> chunks = new ArrayList<>();
            for (ChunkMetadata chunk : group.chunks()) chunks.add(chunk.movedBy(shift));
            for (long row = 0; row < group.rows(); row++) last.addBoolean(lastValues.getAsBoolean());
            chunks.add(last.writeChunk(counting, counting.count(), scratch));
            groups.add(new RowGroupMetadata(group.rows(), chunks));
        }
        List<ParquetColumn> schema = new ArrayList<>(writer.columns);
        schema.add(lastColumn);
        counting.write(ParquetFooter.encode(schema, groups, CREATED_BY));
        counting.flush();
    }

    private static void copy(InputStream in, OutputStream out, long length, byte[] buffer) throws IOException {
        long left = length;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) throw new IOException("staged Parquet row groups end early");
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    /** Counts what passes through, so that chunk offsets are known without asking the file. */
    private static final class CountingOutputStream extends OutputStream {
        private final OutputStream out;
        private long count;

        CountingOutputStream(OutputStream out) {
            this.out = out;
        }

        long count() {
            return count;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
