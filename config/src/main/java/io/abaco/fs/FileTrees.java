package io.abaco.fs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Whole-tree and whole-file helpers shared by the modules. Stateless and thread-safe. */
public final class FileTrees {
    private FileTrees() {}

    /**
     * Deletes {@code root} and everything below it, best effort: used only for staging and temporary directories,
     * whose names never are final names, so a leftover is harmless. Null-safe; a missing root is fine.
     */
    public static void deleteQuietly(Path root) {
        if (root == null || !Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(AtomicFiles::deleteQuietly);
        } catch (IOException ignored) {
            // best effort, see above
        }
    }

    /** The number of {@code '\n'} bytes in {@code file}, read in 64 KiB blocks. */
    public static long countNewlines(Path file) throws IOException {
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                for (int index = 0; index < read; index++) if (buffer[index] == '\n') lines++;
            }
        }
        return lines;
    }
}
