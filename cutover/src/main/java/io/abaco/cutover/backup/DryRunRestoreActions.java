package io.abaco.cutover.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** A restore that changes nothing: each action is only described. */
final class DryRunRestoreActions implements RestoreActions {
    @Override
    public boolean changesState() {
        return false;
    }

    @Override
    public String exportCurrentState(SnapshotPlan plan, Path target) {
        return "would export the current state (" + plan.files().size() + " files, "
                + plan.tables().size() + " tables) to " + target;
    }

    @Override
    public String restoreFile(Path backupCopy, Path target, String mode) {
        return "would restore " + target + " from " + backupCopy;
    }

    @Override
    public String moveAside(Path liveFile, Path exportDir) {
        return "would move " + liveFile + " (not in the backup) aside into " + exportDir;
    }

    @Override
    public String restoreTables(DatabaseTarget database, Path backupDir, List<TableEntry> tables) {
        return "would replace the rows of "
                + tables.stream().map(TableEntry::qualifiedName).collect(Collectors.joining(", "))
                + " with the backup's, in one transaction";
    }
}
