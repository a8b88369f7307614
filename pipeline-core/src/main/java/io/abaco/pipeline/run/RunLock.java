package io.abaco.pipeline.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One pipeline run at a time per runs directory, across threads and processes: a JVM-wide lock per directory, then
 * an OS file lock on {@code <runs dir>/.pipeline.lock} (released by the OS when a process dies, so it is never
 * stale). Waits for the holder: a scheduled run and a manual one queue rather than mix their outputs, and the
 * holder may clean up what a killed run left behind without racing a live one.
 */
final class RunLock implements AutoCloseable {
    static final String FILE_NAME = ".pipeline.lock";
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock inProcess;
    private final FileChannel channel;
    private final FileLock fileLock;

    private RunLock(ReentrantLock inProcess, FileChannel channel, FileLock fileLock) {
        this.inProcess = inProcess;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /** Blocks until this thread holds the lock of {@code runsDir} (created if missing). */
    static RunLock acquire(Path runsDir) {
        Path directory = runsDir.toAbsolutePath().normalize();
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(directory, ignored -> new ReentrantLock());
        inProcess.lock();
        FileChannel channel = null;
        try {
            Files.createDirectories(directory);
            channel =
                    FileChannel.open(directory.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new RunLock(inProcess, channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            inProcess.unlock();
            if (e instanceof IOException io) {
                throw new UncheckedIOException(
                        "cannot lock " + directory.resolve(FILE_NAME) + ": " + e.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
    }

    @Override
    public void close() {
        try {
            fileLock.release();
        } catch (IOException ignored) {
            // closing the channel releases it as well
        }
        closeQuietly(channel);
        inProcess.unlock();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
