package io.abaco.cutover.backup;

import io.abaco.config.Secrets;
import io.abaco.cutover.report.CutoverJson;
import io.abaco.error.ExternalServiceException;
import io.abaco.fs.AtomicFiles;
import io.abaco.fs.FileTrees;
import io.abaco.fs.Hashing;
import io.abaco.pipeline.crash.CrashPoints;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Writes a snapshot so that it appears complete or not at all: everything goes into a hidden staging directory
 * next to the target, the manifest last; the staging copy is read back and verified; then it is renamed into place
 * in one atomic step. A crash leaves only a staging directory (an {@link AtomicFiles#TEMP_PREFIX} name), never a
 * partial backup under the final name.
 */
final class SnapshotWriter {
    private final Clock clock;

    SnapshotWriter(Clock clock) {
        this.clock = clock;
    }

    /**
     * Writes {@code plan} to {@code target}, which must not exist yet.
     *
     * @param crashPrefix prefix of the {@link CrashPoints} steps ({@code backup} or {@code export})
     */
    BackupManifest write(SnapshotPlan plan, Path target, BackupProgress progress, String crashPrefix) {
        Path staging = target.resolveSibling(AtomicFiles.TEMP_PREFIX + UUID.randomUUID() + "-" + target.getFileName());
        try {
            OwnerOnly.createDirectories(target.getParent(), plan.workspace().root());
            Files.createDirectory(staging);
            OwnerOnly.restrict(staging);
            BackupManifest manifest = writeContent(plan, staging, progress, crashPrefix);
            BackupVerification readBack = BackupVerifier.verify(staging, plan.cutoverId());
            if (!readBack.ok()) {
                throw new IllegalStateException(
                        "backup read back from " + staging + " does not match what was written: " + readBack.summary());
            }
            CrashPoints.reach(crashPrefix + ".verified");
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            AtomicFiles.fsyncDirectory(target.getParent());
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write backup " + target + ": " + e.getMessage(), e);
        } finally {
            FileTrees.deleteQuietly(staging);
        }
    }

    private BackupManifest writeContent(SnapshotPlan plan, Path staging, BackupProgress progress, String crashPrefix)
            throws IOException {
        List<Path> sources = plan.files();
        long bytesTotal = 0;
        for (Path source : sources) bytesTotal += Files.size(source);
        ProgressTracker tracker = new ProgressTracker(
                progress, bytesTotal, sources.size() + plan.tables().size());
        List<FileEntry> files = new ArrayList<>();
        for (Path source : sources) {
            String original = BackupPaths.originalName(plan.workspace(), source);
            String backupPath = BackupPaths.backupPathOf(original);
            Path copy = staging.resolve(backupPath);
            OwnerOnly.createDirectories(copy.getParent(), staging);
            Copied copied;
            try (InputStream in = Files.newInputStream(source)) {
                copied = writeOwnerOnly(copy, in::transferTo);
            }
            files.add(new FileEntry(original, backupPath, copied.bytes(), copied.sha256(), OwnerOnly.mode(source)));
            CrashPoints.reach(crashPrefix + ".file." + tracker.fileDone(copied.bytes()));
        }
        List<TableEntry> tables = plan.tables().isEmpty() ? List.of() : dumpTables(plan, staging, tracker, crashPrefix);
        BackupManifest manifest = new BackupManifest(
                plan.cutoverId(),
                clock.instant(),
                plan.workspace().root().toString(),
                plan.rootNames(),
                files,
                tables,
                BackupManifest.VERSION);
        Path manifestFile = staging.resolve(BackupManifest.FILE_NAME);
        byte[] json = CutoverJson.pretty().writeValueAsBytes(manifest);
        AtomicFiles.writeBytes(manifestFile, json);
        OwnerOnly.restrict(manifestFile);
        return manifest;
    }

    /** Dumps every table inside one repeatable-read transaction, so that the dumps are consistent with each other. */
    private static List<TableEntry> dumpTables(
            SnapshotPlan plan, Path staging, ProgressTracker tracker, String crashPrefix) throws IOException {
        DatabaseTarget database = plan.database();
        List<TableEntry> tables = new ArrayList<>();
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            OwnerOnly.createDirectories(staging.resolve(BackupPaths.TABLES_DIR), staging);
            int tableNumber = 0;
            for (String table : plan.tables()) {
                List<TableDumps.Column> columns = TableDumps.columns(connection, database.schema(), table);
                String file = BackupPaths.tableFileOf(table);
                long[] rows = new long[1];
                Copied copied = writeOwnerOnly(staging.resolve(file), out -> {
                    try {
                        rows[0] = TableDumps.dump(connection, database.schema(), table, columns, out);
                    } catch (SQLException e) {
                        throw new IOException(e.getMessage(), e);
                    }
                });
                tables.add(new TableEntry(
                        database.schema(),
                        table,
                        rows[0],
                        copied.sha256(),
                        file,
                        columns.stream().map(TableDumps.Column::name).toList()));
                tracker.itemDone();
                CrashPoints.reach(crashPrefix + ".table." + ++tableNumber);
            }
            connection.rollback();
        } catch (SQLException e) {
            throw new ExternalServiceException(Secrets.redact("cannot dump tables of schema " + database.schema()
                    + " from " + database.displayUrl() + ": " + e.getMessage()));
        }
        return tables;
    }

    /** Writes a new 0600 file through a digest, fsyncs it, and returns its size and SHA-256. */
    private static Copied writeOwnerOnly(Path file, AtomicFiles.Content content) throws IOException {
        MessageDigest digest = Hashing.sha256();
        Files.createFile(file);
        OwnerOnly.restrict(file);
        long bytes;
        try (OutputStream raw = Files.newOutputStream(file, StandardOpenOption.WRITE);
                CountingOutputStream counting = new CountingOutputStream(new BufferedOutputStream(raw, 1 << 16));
                DigestOutputStream out = new DigestOutputStream(counting, digest)) {
            content.writeTo(out);
            out.flush();
            bytes = counting.count();
        }
        AtomicFiles.fsync(file);
        return new Copied(bytes, HexFormat.of().formatHex(digest.digest()));
    }

    private record Copied(long bytes, String sha256) {}
}
