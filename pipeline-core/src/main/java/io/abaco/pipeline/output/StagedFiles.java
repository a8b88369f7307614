package io.abaco.pipeline.output;

import io.abaco.fs.AtomicFiles;
import io.abaco.fs.Hashing;
import io.abaco.pipeline.crash.CrashPoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Output files written under temporary sibling names and renamed to their final names only by {@link #commit}, so
 * that a failure before that leaves every final name as it was (DESIGN §12.1). Not thread-safe.
 */
public final class StagedFiles {
    private record Staged(Path temp, Path target, long rows, long bytes, String sha256) {}

    private final List<Staged> staged = new ArrayList<>();
    private final String token;

    public StagedFiles() {
        this(null);
    }

    /**
     * @param token put into every temporary name ({@code .abaco-tmp-<token>-…}), so that crash recovery can tell
     *     the outputs of a dead run from those of anyone else; null for plain temporary names
     */
    public StagedFiles(String token) {
        this.token = token;
    }

    /** A temporary path next to {@code target} to write into; remember its row count for the manifest. */
    public Path stage(Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + target.getParent() + ": " + e.getMessage(), e);
        }
        Path temp = token == null
                ? AtomicFiles.tempSibling(target)
                : target.toAbsolutePath()
                        .resolveSibling(
                                AtomicFiles.TEMP_PREFIX + token + "-" + UUID.randomUUID() + "-" + target.getFileName());
        staged.add(new Staged(temp, target, -1, -1, null));
        return temp;
    }

    /** Records the row count of the file staged for {@code target}. */
    public void rows(Path target, long rows) {
        for (int index = 0; index < staged.size(); index++) {
            Staged file = staged.get(index);
            if (file.target.equals(target)) {
                staged.set(index, new Staged(file.temp, file.target, rows, file.bytes, file.sha256));
            }
        }
    }

    /** Records what the writer of {@code target} measured while writing, so it need not be read back. */
    public void measured(Path target, long rows, long bytes, String sha256) {
        for (int index = 0; index < staged.size(); index++) {
            Staged file = staged.get(index);
            if (file.target.equals(target)) staged.set(index, new Staged(file.temp, file.target, rows, bytes, sha256));
        }
    }

    /** Describes each staged file under its final name (sha256 of the staged content). */
    public List<OutputFile> describe(java.util.function.Function<Path, String> display) {
        List<OutputFile> files = new ArrayList<>();
        for (Staged file : staged) {
            try {
                files.add(new OutputFile(
                        display.apply(file.target),
                        file.sha256 != null ? file.bytes : Files.size(file.temp),
                        Math.max(0, file.rows),
                        file.sha256 != null ? file.sha256 : Hashing.sha256Hex(file.temp)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file.temp + ": " + e.getMessage(), e);
            }
        }
        return files;
    }

    /** Each staged file's temporary path and final path, in commit order. */
    public List<Map.Entry<Path, Path>> renames() {
        return staged.stream().map(file -> Map.entry(file.temp, file.target)).toList();
    }

    public List<Path> targets() {
        return staged.stream().map(Staged::target).toList();
    }

    /** Renames every staged file to its final name (each rename atomic, fsynced). */
    public void commit() {
        try {
            int renamed = 0;
            for (Staged file : staged) {
                AtomicFiles.commit(file.temp, file.target);
                CrashPoints.reach("pipeline.output." + ++renamed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish outputs: " + e.getMessage(), e);
        } finally {
            discard();
        }
    }

    /** Deletes whatever is still staged. Safe to call more than once. */
    public void discard() {
        for (Staged file : staged) AtomicFiles.deleteQuietly(file.temp);
        staged.clear();
    }
}
