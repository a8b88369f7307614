package io.abaco.cutover.backup;

import java.nio.file.Path;
import java.util.List;

/**
 * How the live state differs from a backup.
 *
 * @param changedFiles backed-up files that are missing or differ now
 * @param extraFiles live files under the backup's roots that the backup does not hold
 * @param changedTables backed-up tables whose contents differ now
 * @param problems the differences of files and tables, with expected and actual checksums
 */
record StateDiff(
        List<FileEntry> changedFiles,
        List<Path> extraFiles,
        List<TableEntry> changedTables,
        List<BackupProblem> problems) {
    StateDiff {
        changedFiles = List.copyOf(changedFiles);
        extraFiles = List.copyOf(extraFiles);
        changedTables = List.copyOf(changedTables);
        problems = List.copyOf(problems);
    }

    boolean matches() {
        return changedFiles.isEmpty() && extraFiles.isEmpty() && changedTables.isEmpty();
    }
}
