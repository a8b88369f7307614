package io.abaco.pipeline.output;

import io.abaco.fs.AtomicFiles;
import io.abaco.fs.Hashing;
import io.abaco.pipeline.output.parquet.ParquetColumn;
import io.abaco.pipeline.output.parquet.ParquetWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Second pass over a {@link LoanStage}: copies each staged record to the output and appends its {@code outlier}
 * flag, hashing the bytes as they are written (no re-read for the manifest). Byte-level: nothing is parsed.
 * Thread-safe for different targets (each call has its own streams).
 */
final class LoanFinisher {
    /** What was written. */
    record Finished(long bytes, String sha256) {}

    private LoanFinisher() {}

    static Finished csv(LoanStage stage, OutlierFlags flags, Path target) {
        return copy(stage, flags, stage.csvFile(), target, ",outlier\n", ",true\n", ",false\n");
    }

    /**
     * Completes the Parquet file staged by the stage's {@link ParquetLoanStage}: its row groups, each followed by
     * the chunk of {@code outlier} flags, then the footer; hashed as written.
     */
    static Finished parquet(LoanStage stage, OutlierFlags flags, Path target) {
        ParquetLoanStage parquet = stage.parquet();
        MessageDigest digest = Hashing.sha256();
        try (InputStream staged = Files.newInputStream(parquet.file());
                DigestingOutputStream out = new DigestingOutputStream(
                        Files.newOutputStream(target, StandardOpenOption.CREATE_NEW), digest)) {
            long[] row = {0};
            ParquetWriter.assemble(
                    parquet.writer(),
                    staged,
                    new ParquetColumn(DataOutputs.OUTLIER_COLUMN, ParquetColumn.Type.BOOLEAN),
                    () -> flags.isOutlier(row[0]++),
                    out);
            out.close();
            AtomicFiles.fsync(target); // here, in parallel with the other outputs, rather than at the commit
            return new Finished(out.bytes(), HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Flips the flag of every outlier in the JSON lines written by the stage, in place, then hashes the file while
     * it is fsynced (on another thread: the device writes the file back while this one reads it).
     */
    static Finished json(LoanStage stage, OutlierFlags flags) {
        Path file = stage.json().file();
        byte[] flag = JsonLoanStage.FLAG_TRUE.getBytes(StandardCharsets.UTF_8);
        int flagOffset = JsonLoanStage.FLAG_FALSE.getBytes(StandardCharsets.UTF_8).length;
        try (StagedEntries lengths = new StagedEntries(stage.json().lengthsFile(), Integer.BYTES);
                FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long offset = 0;
            for (long row = 0; row < stage.rows(); row++) {
                lengths.next();
                offset += lengths.intAt(0);
                if (flags.isOutlier(row)) {
                    ByteBuffer bytes = ByteBuffer.wrap(flag);
                    long position = offset - flagOffset;
                    while (bytes.hasRemaining()) position += channel.write(bytes, position);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        FutureTask<Void> durable = fsyncInBackground(file);
        try {
            Finished finished = new Finished(Files.size(file), Hashing.sha256Hex(file));
            durable.get();
            return finished;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (ExecutionException e) {
            IOException cause = e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            throw new UncheckedIOException("cannot write " + file + ": " + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing " + file, e);
        }
    }

    /** Fsyncs {@code file} on a thread of its own (the wait is the device's, not a CPU's). */
    private static FutureTask<Void> fsyncInBackground(Path file) {
        FutureTask<Void> task = new FutureTask<>(() -> {
            AtomicFiles.fsync(file);
            return null;
        });
        Thread thread = new Thread(task, "abaco-fsync");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /**
     * Copies the staged CSV records to {@code target}, each with its flag: the records are read in large blocks and
     * written from them, their lengths taken from the stage's index.
     */
    private static Finished copy(
            LoanStage stage,
            OutlierFlags flags,
            Path staged,
            Path target,
            String headerSuffix,
            String flagged,
            String unflagged) {
        byte[] yes = flagged.getBytes(StandardCharsets.UTF_8);
        byte[] no = unflagged.getBytes(StandardCharsets.UTF_8);
        MessageDigest digest = Hashing.sha256();
        try (StagedRecords records = new StagedRecords(staged);
                StagedEntries index = new StagedEntries(stage.indexFile(), LoanStage.INDEX_ENTRY_BYTES);
                ByteSink out = new ByteSink(Files.newOutputStream(target, StandardOpenOption.CREATE_NEW), digest)) {
            int header = records.line();
            out.write(records.bytes(), records.start(), header - 1);
            out.writeBytes(headerSuffix.getBytes(StandardCharsets.UTF_8));
            records.skip(header);
            for (long row = 0; row < stage.rows(); row++) {
                index.next();
                int length = index.intAt(0);
                records.require(length);
                out.write(records.bytes(), records.start(), length - 1); // without its newline
                out.writeBytes(flags.isOutlier(row) ? yes : no);
                records.skip(length);
            }
            out.flush();
            Finished finished = new Finished(out.bytes(), HexFormat.of().formatHex(digest.digest()));
            out.close();
            AtomicFiles.fsync(target); // here, in parallel with the other outputs, rather than at the commit
            return finished;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** The staged CSV read in large blocks: a record is handed out as a range of the block that holds it whole. */
    private static final class StagedRecords implements AutoCloseable {
        private final Path file;
        private final InputStream in;
        private byte[] block = new byte[1 << 20];
        private int start;
        private int end;

        StagedRecords(Path file) throws IOException {
            this.file = file;
            this.in = Files.newInputStream(file);
        }

        byte[] bytes() {
            return block;
        }

        int start() {
            return start;
        }

        /** Makes the next {@code length} bytes available from {@link #start()}. */
        void require(int length) throws IOException {
            if (end - start >= length) return;
            if (length > block.length) block = Arrays.copyOf(block, Math.max(length, 2 * block.length));
            System.arraycopy(block, start, block, 0, end - start);
            end -= start;
            start = 0;
            while (end < length) {
                int read = in.read(block, end, block.length - end);
                if (read < 0) throw new IOException(file + " is shorter than its index");
                end += read;
            }
        }

        /** The length of the first line, newline included. */
        int line() throws IOException {
            for (int length = 1; ; length++) {
                require(length);
                if (block[start + length - 1] == '\n') return length;
            }
        }

        void skip(int length) {
            start += length;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** A buffered stream that hashes and counts the bytes written to the file. */
    private static final class DigestingOutputStream extends BufferedOutputStream {
        private final MessageDigest digest;
        private long bytes;

        DigestingOutputStream(OutputStream out, MessageDigest digest) {
            super(out, 1 << 16);
            this.digest = digest;
        }

        long bytes() {
            return bytes;
        }

        @Override
        public void write(int b) throws IOException {
            super.write(b);
            digest.update((byte) b);
            bytes++;
        }

        @Override
        public void write(byte[] content, int offset, int length) throws IOException {
            super.write(content, offset, length);
            digest.update(content, offset, length);
            bytes += length;
        }
    }
}
