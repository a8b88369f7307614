package io.abaco.cutover.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes leftover staging directories (never anything under a final name). */
final class Deletion {
    private Deletion() {}

    static void deleteTreeQuietly(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // a leftover staging file never carries a final name
                }
            });
        } catch (IOException ignored) {
            // same: best effort
        }
    }
}
