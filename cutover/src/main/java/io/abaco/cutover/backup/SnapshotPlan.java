package io.abaco.cutover.backup;

import io.abaco.config.Workspace;
import io.abaco.fs.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a snapshot (a backup, or a v2-era export) captures: the files under some workspace directories, and some
 * tables.
 *
 * @param cutoverId the cutover the snapshot belongs to
 * @param workspace the workspace
 * @param roots directories captured recursively (missing ones hold nothing)
 * @param excluded a directory never captured (the backups themselves), may be null
 * @param database where the tables live; null when no database is configured
 * @param tables table names in {@code database.schema()}; empty without a database
 */
public record SnapshotPlan(
        String cutoverId,
        Workspace workspace,
        List<Path> roots,
        Path excluded,
        DatabaseTarget database,
        List<String> tables) {
    public SnapshotPlan {
        roots = roots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
        excluded = excluded == null ? null : excluded.toAbsolutePath().normalize();
        tables = database == null ? List.of() : List.copyOf(tables);
    }

    /** The manifest names of the roots. */
    public List<String> rootNames() {
        return roots.stream()
                .map(root -> BackupPaths.originalName(workspace, root))
                .toList();
    }

    /** Every regular file under the roots, sorted, without in-flight temporary files or excluded ones. */
    public List<Path> files() {
        TreeSet<Path> files = new TreeSet<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(file -> excluded == null || !file.startsWith(excluded))
                        .filter(file -> !file.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX))
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(files);
    }
}
