package io.abaco.cutover.lock;

import io.abaco.config.Workspace;
import io.abaco.cutover.report.CutoverJson;
import io.abaco.error.StateRefusedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One cutover or rollback at a time per workspace (DESIGN §8, §12.3): {@code .abaco/cutover.lock}, held with an OS
 * file lock ({@link FileChannel#tryLock}) that the OS releases when the holder dies, and naming its owner in JSON.
 *
 * <p>The file is kept (emptied) on release rather than deleted: deleting would let a second process lock the
 * unlinked file while a third creates a new one. So: empty file = free; owner recorded but OS lock free = stale
 * (the holder died); OS lock taken = held.
 *
 * <p>OS file locks belong to the whole JVM, and closing any channel on the file may drop them, so holders in this
 * JVM are also tracked in memory and a second acquisition here is refused without touching the file. The lock file
 * is rewritten in place (not through AtomicFiles: its inode is the lock); readers tolerate a partial record.
 */
public final class WorkspaceLock {
    public static final String FILE_NAME = "cutover.lock";
    public static final String AUDIT_FILE_NAME = "lock-audit.jsonl";
    private static final long OWNER_WAIT_NANOS = 2_000_000_000L;
    private static final Map<Path, LockOwner> HELD_IN_THIS_JVM = new ConcurrentHashMap<>();

    private WorkspaceLock() {}

    public static LockHandle acquire(Workspace workspace, String command) {
        return acquire(workspace, command, false, Clock.systemUTC());
    }

    public static LockHandle acquire(Workspace workspace, String command, boolean forceUnlock) {
        return acquire(workspace, command, forceUnlock, Clock.systemUTC());
    }

    /**
     * Takes the workspace lock for {@code command}.
     *
     * @param forceUnlock take over a stale lock (its owner is dead), recording it in {@code lock-audit.jsonl}; a
     *     lock held by a live process is never taken over
     * @throws StateRefusedException when the lock is held by a live process, or stale without {@code forceUnlock}
     */
    /**
     * How long a command waits for a lock another live process holds before it is refused. Commands that are refused
     * by state (a second 'cutover run', a 'resume' with nothing to resume) hold the lock for a moment while they look;
     * without this short wait a rollback racing one of them would be refused for nothing. A real cutover holds the
     * lock far longer, so a second one is still refused.
     */
    static final long BRIEF_WAIT_MILLIS = 3_000;

    private static FileLock tryLockBriefly(FileChannel channel) throws IOException {
        long deadline = System.nanoTime() + BRIEF_WAIT_MILLIS * 1_000_000;
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null || System.nanoTime() >= deadline) return lock;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    public static LockHandle acquire(Workspace workspace, String command, boolean forceUnlock, Clock clock) {
        Path file = lockFile(workspace);
        LockOwner me = LockOwner.current(command, clock.instant());
        LockOwner sameJvmHolder = HELD_IN_THIS_JVM.putIfAbsent(file, me);
        if (sameJvmHolder != null) throw held(Optional.of(sameJvmHolder));
        boolean handedOver = false;
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLockBriefly(channel);
            if (lock == null) throw held(ownerOfHeldLock(channel));
            String previous = LockFileCodec.read(channel);
            if (!previous.isBlank()) {
                Optional<LockOwner> previousOwner = LockFileCodec.parse(previous);
                if (!forceUnlock) {
                    throw new StateRefusedException(
                            new LockStatus(LockStatus.State.STALE, previousOwner.orElse(null)).describe()
                                    + "; rerun with --force-unlock to take it over");
                }
                audit(
                        workspace,
                        new LockAuditRecord(
                                clock.instant(),
                                "force-unlock",
                                me,
                                previousOwner.orElse(null),
                                previousOwner.isPresent() ? null : previous));
            }
            LockFileCodec.write(channel, me);
            handedOver = true;
            return new FileLockHandle(file, channel, lock, me);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
        } finally {
            if (!handedOver) {
                closeQuietly(channel);
                HELD_IN_THIS_JVM.remove(file, me);
            }
        }
    }

    /** The lock's state without taking it (a momentary probe). */
    public static LockStatus status(Workspace workspace) {
        Path file = lockFile(workspace);
        LockOwner sameJvmHolder = HELD_IN_THIS_JVM.get(file);
        if (sameJvmHolder != null) return new LockStatus(LockStatus.State.HELD, sameJvmHolder);
        if (!Files.exists(file)) return new LockStatus(LockStatus.State.FREE, null);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            String content = LockFileCodec.read(channel);
            Optional<LockOwner> owner = LockFileCodec.parse(content);
            if (probe == null) return new LockStatus(LockStatus.State.HELD, owner.orElse(null));
            probe.release();
            if (content.isBlank()) return new LockStatus(LockStatus.State.FREE, null);
            return new LockStatus(LockStatus.State.STALE, owner.orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static Path lockFile(Workspace workspace) {
        return workspace.stateDir().resolve(FILE_NAME);
    }

    public static Path auditFile(Workspace workspace) {
        return workspace.stateDir().resolve(AUDIT_FILE_NAME);
    }

    /**
     * The holder writes its name just after it takes the OS lock: a contender arriving in between would read an
     * empty file, so it reads again for a short while before calling the owner unknown.
     */
    private static Optional<LockOwner> ownerOfHeldLock(FileChannel channel) throws IOException {
        long deadline = System.nanoTime() + OWNER_WAIT_NANOS;
        while (true) {
            Optional<LockOwner> owner = LockFileCodec.parse(LockFileCodec.read(channel));
            if (owner.isPresent() || System.nanoTime() > deadline) return owner;
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return owner;
            }
        }
    }

    private static StateRefusedException held(Optional<LockOwner> owner) {
        return new StateRefusedException(new LockStatus(LockStatus.State.HELD, owner.orElse(null)).describe());
    }

    private static void audit(Workspace workspace, LockAuditRecord record) throws IOException {
        byte[] line = (CutoverJson.compact().writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel audit = FileChannel.open(
                auditFile(workspace), StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) audit.write(buffer);
            audit.force(true);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing also drops the OS lock, which is all that matters here
        }
    }

    /** The handle of a lock held by this process. */
    private static final class FileLockHandle implements LockHandle {
        private final Path file;
        private final FileChannel channel;
        private final FileLock lock;
        private final LockOwner owner;
        private boolean closed;

        FileLockHandle(Path file, FileChannel channel, FileLock lock, LockOwner owner) {
            this.file = file;
            this.channel = channel;
            this.lock = lock;
            this.owner = owner;
        }

        @Override
        public LockOwner owner() {
            return owner;
        }

        @Override
        public synchronized void close() {
            if (closed) return;
            closed = true;
            try {
                channel.truncate(0);
                channel.force(true);
                lock.release();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot release " + file + ": " + e.getMessage(), e);
            } finally {
                closeQuietly(channel);
                HELD_IN_THIS_JVM.remove(file, owner);
            }
        }
    }
}
