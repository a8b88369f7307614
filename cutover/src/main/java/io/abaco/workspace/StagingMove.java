package io.abaco.workspace;

import io.abaco.fs.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Moves a completed staging directory into place. */
final class StagingMove {
    private StagingMove() {}

    /**
     * An absent or empty target is replaced by the staging directory in one rename; a non-empty one (forced) gets
     * each staged file renamed over its counterpart, leaving its other files alone.
     */
    static void into(Path staging, Path target, boolean targetEmpty) {
        try {
            if (targetEmpty) {
                // rename(2) replaces an empty directory atomically
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                AtomicFiles.fsyncDirectory(target.getParent());
                return;
            }
            for (Path file : files(staging)) {
                Path destination = target.resolve(staging.relativize(file).toString());
                Files.createDirectories(destination.getParent());
                AtomicFiles.commit(file, destination);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the workspace into " + target + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
            files.sort(null);
            return files;
        }
    }
}
