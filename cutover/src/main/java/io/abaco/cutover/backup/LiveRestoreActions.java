package io.abaco.cutover.backup;

import io.abaco.config.Secrets;
import io.abaco.error.ExternalServiceException;
import io.abaco.fs.AtomicFiles;
import io.abaco.pipeline.crash.CrashPoints;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/** The restore's real changes: atomic per file, one transaction for all tables. */
final class LiveRestoreActions implements RestoreActions {
    private final SnapshotWriter writer;

    LiveRestoreActions(Clock clock) {
        this.writer = new SnapshotWriter(clock);
    }

    @Override
    public boolean changesState() {
        return true;
    }

    @Override
    public String exportCurrentState(SnapshotPlan plan, Path target) {
        BackupManifest manifest = writer.write(plan, target, BackupProgress.NONE, "export");
        return "exported the current state (" + manifest.files().size() + " files, "
                + manifest.tables().size() + " tables) to " + target;
    }

    @Override
    public String restoreFile(Path backupCopy, Path target, String mode) {
        Path temp = AtomicFiles.tempSibling(target);
        try {
            Files.createDirectories(target.getParent());
            Files.copy(backupCopy, temp, StandardCopyOption.COPY_ATTRIBUTES);
            OwnerOnly.applyMode(temp, mode);
            AtomicFiles.commit(temp, target);
            return "restored " + target;
        } catch (IOException e) {
            AtomicFiles.deleteQuietly(temp);
            throw new UncheckedIOException("cannot restore " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String moveAside(Path liveFile, Path exportDir) {
        try {
            Files.deleteIfExists(liveFile);
            AtomicFiles.fsyncDirectory(liveFile.getParent());
            return "moved " + liveFile + " (not in the backup) aside into " + exportDir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + liveFile + " aside: " + e.getMessage(), e);
        }
    }

    @Override
    public String restoreTables(DatabaseTarget database, Path backupDir, List<TableEntry> tables) {
        String names = tables.stream().map(TableEntry::qualifiedName).collect(Collectors.joining(", "));
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try {
                String truncate = tables.stream()
                        .map(table -> TableDumps.qualified(table.schema(), table.table()))
                        .collect(Collectors.joining(", "));
                try (Statement statement = connection.createStatement()) {
                    statement.execute("TRUNCATE " + truncate);
                }
                int number = 0;
                for (TableEntry table : tables) {
                    try (InputStream dump = Files.newInputStream(backupDir.resolve(table.file()))) {
                        TableDumps.load(connection, table.schema(), table.table(), table.columns(), dump);
                    }
                    CrashPoints.reach("restore.table." + ++number);
                }
                connection.commit();
                CrashPoints.reach("restore.committed");
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            return "restored the rows of " + names + " in one transaction";
        } catch (SQLException | IOException e) {
            throw new ExternalServiceException(Secrets.redact("cannot restore tables " + names + " in "
                    + database.displayUrl() + " (rolled back, tables unchanged): " + e.getMessage()));
        }
    }
}
