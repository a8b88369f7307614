package io.abaco.cli.cutover;

import io.abaco.fs.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Every file under a directory: relative path → sha256, size and modification time. Two snapshots are equal only if
 * nothing was added, removed, rewritten or even touched.
 */
record TreeSnapshot(Map<String, FileState> files) {
    record FileState(String sha256, long bytes, long modifiedMillis) {}

    TreeSnapshot {
        files = new TreeMap<>(files);
    }

    static TreeSnapshot of(Path root) {
        return of(root, path -> true);
    }

    /** Files whose root-relative path ({@code /} separated) passes {@code include}; an absent root is empty. */
    static TreeSnapshot of(Path root, Predicate<String> include) {
        Map<String, FileState> files = new TreeMap<>();
        if (!Files.exists(root)) return new TreeSnapshot(files);
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (!include.test(relative)) continue;
                files.put(
                        relative,
                        new FileState(
                                Hashing.sha256Hex(file),
                                Files.size(file),
                                Files.getLastModifiedTime(file).toMillis()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSnapshot(files);
    }

    /** Path → sha256 only: content equality, whatever the timestamps. */
    Map<String, String> checksums() {
        Map<String, String> checksums = new TreeMap<>();
        files.forEach((path, state) -> checksums.put(path, state.sha256()));
        return checksums;
    }
}
