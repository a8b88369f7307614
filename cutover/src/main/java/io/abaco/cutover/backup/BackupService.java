package io.abaco.cutover.backup;

import io.abaco.error.StateRefusedException;
import io.abaco.fs.AtomicFiles;
import io.abaco.fs.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

/**
 * Backs up what a cutover changes (DESIGN §8 phase 1): the config files, the metrics directory, and the pipeline
 * tables, into {@code .rollback/<cutover_id>/} with {@code backup-manifest.json}. The backup is written staged and
 * renamed into place only after it has been read back and verified, so a backup under its final name is always
 * complete. Files are 0600, directories 0700.
 *
 * <p><b>Running it again</b> for the same cutover id <em>verifies and keeps</em> the existing backup rather than
 * replacing it: the backup must hold the state before the cutover, and a second run may happen after V2 was
 * activated (e.g. resume, or an operator re-running the phase). If the existing backup fails verification the run is
 * refused, naming the bad files; it is never silently overwritten. Leftover staging directories of this cutover
 * (from a crash during an earlier run) are removed first.
 *
 * <p>Thread-safety: one backup per cutover at a time (the cutover lock ensures it).
 */
public final class BackupService {
    private final SnapshotWriter writer;

    public BackupService(Clock clock) {
        this.writer = new SnapshotWriter(clock);
    }

    public BackupService() {
        this(Clock.systemUTC());
    }

    public BackupResult backup(BackupRequest request) {
        return backup(request, BackupProgress.NONE);
    }

    /**
     * Takes (or re-verifies) the backup of {@code request}.
     *
     * @throws StateRefusedException when a backup for this cutover exists and fails verification
     * @throws io.abaco.error.ExternalServiceException when the database cannot be dumped
     */
    public BackupResult backup(BackupRequest request, BackupProgress progress) {
        Path target = request.backupDir();
        removeStaleStaging(request.backupRoot(), request.cutoverId());
        if (Files.exists(target)) {
            BackupVerification existing = BackupVerifier.verify(target, request.cutoverId());
            if (!existing.ok()) {
                throw new StateRefusedException("a backup for cutover " + request.cutoverId() + " already exists at "
                        + request.workspace().display(target) + " and fails verification: " + existing.summary()
                        + "; move it aside to take a new one");
            }
            return new BackupResult(target, existing.manifest(), true);
        }
        BackupManifest manifest = writer.write(request.plan(), target, progress, "backup");
        return new BackupResult(target, manifest, false);
    }

    /** What {@link #backup} would do, changing nothing (for a dry run). */
    public BackupPreview preview(BackupRequest request) {
        SnapshotPlan plan = request.plan();
        List<Path> files = plan.files();
        long bytes = 0;
        for (Path file : files) {
            try {
                bytes += Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return new BackupPreview(
                request.workspace().display(request.backupDir()),
                Files.exists(request.backupDir()),
                files.stream()
                        .map(file -> BackupPaths.originalName(request.workspace(), file))
                        .toList(),
                bytes,
                plan.tables().stream()
                        .map(table -> plan.database().schema() + "." + table)
                        .toList());
    }

    private static void removeStaleStaging(Path backupRoot, String cutoverId) {
        if (!Files.isDirectory(backupRoot)) return;
        try (Stream<Path> children = Files.list(backupRoot)) {
            children.filter(child -> child.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX))
                    .filter(child -> child.getFileName().toString().endsWith("-" + cutoverId))
                    .forEach(FileTrees::deleteQuietly);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + backupRoot + ": " + e.getMessage(), e);
        }
    }
}
