package io.abaco.cutover.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Every change a restore makes, behind one interface: the live implementation makes them, the dry-run one only
 * says what it would do. Each method returns one line describing the action (done or planned).
 */
public interface RestoreActions {
    /** Changes the live system. */
    static RestoreActions live(Clock clock) {
        return new LiveRestoreActions(clock);
    }

    /** Changes nothing; reports what it would do. */
    static RestoreActions dryRun() {
        return new DryRunRestoreActions();
    }

    /** False for a dry run. */
    boolean changesState();

    /** Snapshots the current state (what V2 wrote) into {@code target}, a new directory. */
    String exportCurrentState(SnapshotPlan plan, Path target);

    /** Replaces {@code target} atomically with {@code backupCopy}, with the original {@code mode} (nullable). */
    String restoreFile(Path backupCopy, Path target, String mode);

    /** Takes a live file the backup does not hold out of the live tree; its copy is in the v2-era export. */
    String moveAside(Path liveFile, Path exportDir);

    /** Replaces the contents of {@code tables} with their dumps in {@code backupDir}, in one transaction. */
    String restoreTables(DatabaseTarget database, Path backupDir, List<TableEntry> tables);
}
