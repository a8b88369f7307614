package io.abaco.pipeline.run;

import io.abaco.config.Workspace;
import io.abaco.fs.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One pipeline run at a time per runs directory, across threads and processes: a JVM-wide lock per directory, then
 * an OS file lock on {@code .abaco/pipeline-<12 hex of the runs directory's workspace-relative path>.lock} (released by the OS when a
 * process dies, so it is never stale). Waits for the holder: a scheduled run and a manual one queue rather than mix
 * their outputs, and the holder may clean up what a killed run left behind without racing a live one.
 */
final class RunLock implements AutoCloseable {
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock inProcess;
    private final FileChannel channel;
    private final FileLock fileLock;

    private RunLock(ReentrantLock inProcess, FileChannel channel, FileLock fileLock) {
        this.inProcess = inProcess;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /** Blocks until this thread holds the lock of {@code runsDir}. */
    static RunLock acquire(Workspace workspace, Path runsDir) {
        Path root = workspace.root().toAbsolutePath().normalize();
        Path absolute = runsDir.toAbsolutePath().normalize();
        // relative inside the workspace, so that a moved or copied workspace keeps its lock file
        String directory = absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
        Path file = workspace
                .stateDir()
                .toAbsolutePath()
                .resolve("pipeline-" + Hashing.sha256Hex(directory).substring(0, 12) + ".lock");
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(file, ignored -> new ReentrantLock());
        inProcess.lock();
        FileChannel channel = null;
        try {
            if (!Files.isDirectory(file.getParent())) {
                // the state directory also holds the PII key: owner only, as PiiKeys creates it
                Files.createDirectories(
                        file.getParent(),
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new RunLock(inProcess, channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            inProcess.unlock();
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), io);
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
