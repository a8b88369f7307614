package io.abaco.pipeline.output;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads a file of fixed-size entries that a {@link LoanStage} wrote (its index, the JSON lengths) in large blocks,
 * one entry at a time. Not thread-safe.
 */
final class StagedEntries implements AutoCloseable {
    private static final int BLOCK_ENTRIES = 8192;

    private final Path file;
    private final FileChannel channel;
    private final int entryBytes;
    private final ByteBuffer block;
    private int entry = -1;

    StagedEntries(Path file, int entryBytes) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.entryBytes = entryBytes;
        this.block = ByteBuffer.allocate(entryBytes * BLOCK_ENTRIES).limit(0);
    }

    /** Moves to the next entry; {@link EOFException} when the file has no more (it is shorter than promised). */
    void next() throws IOException {
        if (block.remaining() < entryBytes) {
            block.compact();
            while (block.position() < entryBytes) {
                if (channel.read(block) < 0) throw new EOFException(file + " is shorter than the rows staged");
            }
            block.flip();
        }
        entry = block.position();
        block.position(entry + entryBytes);
    }

    int intAt(int offset) {
        return block.getInt(entry + offset);
    }

    double doubleAt(int offset) {
        return block.getDouble(entry + offset);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
