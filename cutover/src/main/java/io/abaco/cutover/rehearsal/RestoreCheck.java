package io.abaco.cutover.rehearsal;

import io.abaco.config.Secrets;
import io.abaco.config.Workspace;
import io.abaco.cutover.backup.DatabaseTarget;
import io.abaco.cutover.backup.RestoreRequest;
import io.abaco.cutover.backup.RestoreResult;
import io.abaco.cutover.backup.RestoreService;
import io.abaco.error.AbacoException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rehearsal's last word: a dry-run restore of the cutover's backup, which verifies the backup and compares every
 * file (sha256) and table (row count + checksum) of its manifest with the live state. Only "already restored" means
 * back to the pre-cutover state. Changes nothing.
 */
final class RestoreCheck {
    private RestoreCheck() {}

    /** @param database where the backed-up tables live; null when no database is configured */
    static RestoredCheck of(Workspace workspace, String cutoverId, Path backupDir, DatabaseTarget database) {
        if (!Files.isDirectory(backupDir)) {
            return new RestoredCheck(
                    false, "no backup at " + workspace.display(backupDir) + " to compare with", List.of());
        }
        RestoreResult compared;
        try {
            compared = RestoreService.dryRun().restore(new RestoreRequest(workspace, cutoverId, backupDir, database));
        } catch (AbacoException | UncheckedIOException e) {
            return new RestoredCheck(false, "cannot compare: " + Secrets.redact(e.getMessage()), List.of());
        }
        if (compared.alreadyRestored()) {
            return new RestoredCheck(
                    true,
                    "every file and table of " + workspace.display(backupDir)
                            + "/backup-manifest.json matches the live state",
                    List.of());
        }
        List<String> differences = new ArrayList<>();
        compared.restoredFiles().forEach(file -> differences.add("changed: " + file));
        compared.movedAside().forEach(file -> differences.add("not in the backup: " + file));
        compared.restoredTables().forEach(table -> differences.add("table to restore: " + table));
        return new RestoredCheck(false, differences.size() + " differences from the pre-cutover backup", differences);
    }
}
