package io.abaco.pipeline.output;

import io.abaco.fs.AtomicFiles;
import io.abaco.fs.Hashing;
import io.abaco.pipeline.output.parquet.ParquetColumn;
import io.abaco.pipeline.output.parquet.ParquetWriter;
import io.abaco.pipeline.transform.OutlierRule;
import java.io.BufferedInputStream;
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

    static Finished csv(LoanStage stage, OutlierRule rule, Path target) {
        return copy(stage, rule, stage.csvFile(), target, ",outlier\n", ",true\n", ",false\n");
    }

    /**
     * Completes the Parquet file staged by the stage's {@link ParquetLoanStage}: its row groups, each followed by
     * the chunk of {@code outlier} flags, then the footer; hashed as written.
     */
    static Finished parquet(LoanStage stage, OutlierRule rule, Path target) {
        ParquetLoanStage parquet = stage.parquet();
        MessageDigest digest = Hashing.sha256();
        try (InputStream staged = Files.newInputStream(parquet.file());
                InputStream index = new BufferedInputStream(Files.newInputStream(stage.indexFile()), 1 << 16);
                DigestingOutputStream out = new DigestingOutputStream(
                        Files.newOutputStream(target, StandardOpenOption.CREATE_NEW), digest)) {
            byte[] entry = new byte[LoanStage.INDEX_ENTRY_BYTES];
            ByteBuffer entryView = ByteBuffer.wrap(entry);
            ParquetWriter.assemble(
                    parquet.writer(),
                    staged,
                    new ParquetColumn(DataOutputs.OUTLIER_COLUMN, ParquetColumn.Type.BOOLEAN),
                    () -> {
                        try {
                            readFully(index, entry, LoanStage.INDEX_ENTRY_BYTES);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        return rule.isOutlier(entryView.getDouble(Integer.BYTES));
                    },
                    out);
            out.close();
            AtomicFiles.fsync(target); // here, in parallel with the other outputs, rather than at the commit
            return new Finished(out.bytes(), HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), asIo(e));
        }
    }

    private static IOException asIo(Exception e) {
        if (e instanceof UncheckedIOException unchecked) return unchecked.getCause();
        return e instanceof IOException io ? io : new IOException(e);
    }

    /**
     * Flips the flag of every outlier in the JSON lines written by the stage, in place, then hashes the file while
     * it is fsynced (on another thread: the device writes the file back while this one reads it).
     */
    static Finished json(LoanStage stage, OutlierRule rule) {
        Path file = stage.json().file();
        byte[] flag = JsonLoanStage.FLAG_TRUE.getBytes(StandardCharsets.UTF_8);
        int flagOffset = JsonLoanStage.FLAG_FALSE.getBytes(StandardCharsets.UTF_8).length;
        try (InputStream index = new BufferedInputStream(Files.newInputStream(stage.indexFile()), 1 << 16);
                InputStream lengths = new BufferedInputStream(
                        Files.newInputStream(stage.json().lengthsFile()), 1 << 16);
                FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            byte[] entry = new byte[LoanStage.INDEX_ENTRY_BYTES];
            ByteBuffer entryView = ByteBuffer.wrap(entry);
            byte[] lengthBytes = new byte[Integer.BYTES];
            ByteBuffer lengthView = ByteBuffer.wrap(lengthBytes);
            long offset = 0;
            for (long row = 0; row < stage.rows(); row++) {
                readFully(index, entry, LoanStage.INDEX_ENTRY_BYTES);
                readFully(lengths, lengthBytes, Integer.BYTES);
                int length = lengthView.getInt(0);
                offset += length;
                if (rule.isOutlier(entryView.getDouble(Integer.BYTES))) {
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
            throw new UncheckedIOException(
                    "cannot write " + file + ": " + e.getCause().getMessage(), asIo((Exception) e.getCause()));
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

    /** Copies the staged CSV records to {@code target}, each with its flag. */
    private static Finished copy(
            LoanStage stage,
            OutlierRule rule,
            Path staged,
            Path target,
            String headerSuffix,
            String flagged,
            String unflagged) {
        byte[] yes = flagged.getBytes(StandardCharsets.UTF_8);
        byte[] no = unflagged.getBytes(StandardCharsets.UTF_8);
        MessageDigest digest = Hashing.sha256();
        try (InputStream records = new BufferedInputStream(Files.newInputStream(staged), 1 << 16);
                InputStream index = new BufferedInputStream(Files.newInputStream(stage.indexFile()), 1 << 16);
                ByteSink out = new ByteSink(Files.newOutputStream(target, StandardOpenOption.CREATE_NEW), digest)) {
            byte[] record = new byte[4096];
            byte[] header = readLine(records);
            out.write(header, 0, header.length - 1);
            out.writeBytes(headerSuffix.getBytes(StandardCharsets.UTF_8));
            byte[] entry = new byte[LoanStage.INDEX_ENTRY_BYTES];
            ByteBuffer entryView = ByteBuffer.wrap(entry);
            for (long row = 0; row < stage.rows(); row++) {
                readFully(index, entry, LoanStage.INDEX_ENTRY_BYTES);
                int length = entryView.getInt(0);
                double receivable = entryView.getDouble(Integer.BYTES);
                if (length > record.length) record = new byte[Math.max(length, record.length * 2)];
                readFully(records, record, length);
                out.write(record, 0, length - 1); // without its newline
                out.writeBytes(rule.isOutlier(receivable) ? yes : no);
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

    private static byte[] readLine(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        int next;
        while ((next = in.read()) >= 0) {
            line.write(next);
            if (next == '\n') return line.toByteArray();
        }
        throw new IOException("staged file ends inside its header");
    }

    private static void readFully(InputStream in, byte[] buffer, int length) throws IOException {
        int read = 0;
        while (read < length) {
            int count = in.read(buffer, read, length - read);
            if (count < 0) throw new IOException("staged file is shorter than its index");
            read += count;
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
