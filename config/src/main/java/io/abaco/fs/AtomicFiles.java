package io.abaco.fs;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes files so that nothing half-written is ever visible under a final name (DESIGN §12.1): the content goes to a
 * hidden temporary sibling, is fsynced, then renamed over the target, and the directory is fsynced.
 *
 * <p>Thread-safe: every call uses its own temporary name.
 */
public final class AtomicFiles {
    /** Prefix of temporary files; invariant checkers treat names starting with it as in-flight, never final. */
    public static final String TEMP_PREFIX = ".abaco-tmp-";

    private AtomicFiles() {}

    /** Something that writes the whole content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void writeString(Path target, String content) {
        writeBytes(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void writeBytes(Path target, byte[] content) {
        write(target, out -> out.write(content));
    }

    /** Writes {@code content} to a temporary sibling of {@code target}, fsyncs it, and renames it into place. */
    public static void write(Path target, Content content) {
        Path temp = tempSibling(target);
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                content.writeTo(out);
            }
            commit(temp, target);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /** A fresh temporary name next to {@code target}, for writers that need a path (DuckDB COPY, for example). */
    public static Path tempSibling(Path target) {
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling(TEMP_PREFIX + UUID.randomUUID() + "-" + absolute.getFileName());
    }

    /** Fsyncs a finished temporary file (or directory) and renames it atomically to {@code target}. */
    public static void commit(Path temp, Path target) throws IOException {
        fsync(temp);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system cannot rename atomically: " + target, e);
        }
        fsyncDirectory(target.toAbsolutePath().getParent());
    }

    public static void fsync(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            fsyncDirectory(path);
            return;
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    public static void fsyncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems refuse to open directories; the rename is still atomic there.
        }
    }

    public static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // best effort: a leftover temporary file never carries a final name
        }
    }
}
