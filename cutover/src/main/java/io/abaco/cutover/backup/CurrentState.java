package io.abaco.cutover.backup;

import io.abaco.config.Secrets;
import io.abaco.config.Workspace;
import io.abaco.error.ExternalServiceException;
import io.abaco.fs.Hashing;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Compares the live files and tables with a backup's manifest, reading only. */
final class CurrentState {
    private CurrentState() {}

    static SnapshotPlan planOf(Workspace workspace, BackupManifest manifest, Path backupRoot, DatabaseTarget database) {
        List<Path> roots = manifest.roots().stream().map(workspace::resolve).toList();
        List<String> tables = manifest.tables().stream().map(TableEntry::table).toList();
        DatabaseTarget target = database == null || manifest.tables().isEmpty()
                ? null
                : database.withSchema(manifest.tables().get(0).schema());
        return new SnapshotPlan(manifest.cutoverId(), workspace, roots, backupRoot, target, tables);
    }

    static StateDiff compare(Workspace workspace, BackupManifest manifest, Path backupRoot, DatabaseTarget database) {
        List<FileEntry> changedFiles = new ArrayList<>();
        List<BackupProblem> problems = new ArrayList<>();
        Set<Path> backedUp = new HashSet<>();
        for (FileEntry file : manifest.files()) {
            Path live = BackupPaths.originalIn(workspace, file.path());
            backedUp.add(live);
            if (!Files.isRegularFile(live)) {
                changedFiles.add(file);
                problems.add(new BackupProblem(file.path(), file.sha256(), null, ProblemReason.MISSING));
                continue;
            }
            String actual = Hashing.sha256Hex(live);
            if (!actual.equals(file.sha256())) {
                changedFiles.add(file);
                problems.add(new BackupProblem(file.path(), file.sha256(), actual, ProblemReason.CHECKSUM_MISMATCH));
            }
        }
        List<Path> extraFiles = planOf(workspace, manifest, backupRoot, null).files().stream()
                .filter(file -> !backedUp.contains(file))
                .toList();
        List<TableEntry> changedTables = new ArrayList<>();
        if (!manifest.tables().isEmpty()) compareTables(manifest.tables(), database, changedTables, problems);
        return new StateDiff(changedFiles, extraFiles, changedTables, problems);
    }

    private static void compareTables(
            List<TableEntry> tables, DatabaseTarget database, List<TableEntry> changed, List<BackupProblem> problems) {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            for (TableEntry table : tables) {
                String actual = digestOf(connection, table);
                if (!table.sha256().equals(actual)) {
                    changed.add(table);
                    problems.add(new BackupProblem(
                            table.qualifiedName(), table.sha256(), actual, ProblemReason.CHECKSUM_MISMATCH));
                }
            }
            connection.rollback();
        } catch (SQLException | IOException e) {
            throw new ExternalServiceException(
                    Secrets.redact("cannot read the tables of " + database.displayUrl() + ": " + e.getMessage()));
        }
    }

    /** SHA-256 of the table's dump over the backed-up columns; "missing" when the table or a column is gone. */
    private static String digestOf(Connection connection, TableEntry table) throws SQLException, IOException {
        List<TableDumps.Column> current;
        try {
            current = TableDumps.columns(connection, table.schema(), table.table());
        } catch (SQLException e) {
            return "missing";
        }
        Map<String, TableDumps.Column> byName =
                current.stream().collect(Collectors.toMap(TableDumps.Column::name, Function.identity()));
        if (!byName.keySet().containsAll(table.columns())) return "missing";
        List<TableDumps.Column> columns =
                table.columns().stream().map(byName::get).toList();
        MessageDigest digest = Hashing.sha256();
        try (DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            TableDumps.dump(connection, table.schema(), table.table(), columns, out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
