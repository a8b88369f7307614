package io.abaco.cutover.backup;

import io.abaco.config.Workspace;
import io.abaco.config.model.AbacoConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * What to back up for one cutover.
 *
 * @param workspace the workspace; its {@code config/} directory is always captured
 * @param cutoverId the cutover, e.g. {@code c-20261122T081500Z}
 * @param backupRoot where backups go ({@code cutover.backup.dir}, default {@code .rollback}); the backup is
 *     {@code backupRoot/<cutoverId>/}
 * @param metricsDir the metrics directory ({@code pipeline.output.dir}), captured recursively; null for none
 * @param database the database holding the pipeline tables; null when none is configured
 * @param tables the pipeline's tables in {@code database.schema()}; ignored without a database
 */
public record BackupRequest(
        Workspace workspace,
        String cutoverId,
        Path backupRoot,
        Path metricsDir,
        DatabaseTarget database,
        List<String> tables) {
    public static final String DEFAULT_BACKUP_DIR = ".rollback";

    public BackupRequest {
        tables = List.copyOf(tables);
    }

    /** The request implied by a configuration: backup dir, output dir and database from the config. */
    public static BackupRequest of(Workspace workspace, AbacoConfig config, String cutoverId, List<String> tables) {
        String backupDir = config.cutover() != null
                        && config.cutover().backup() != null
                        && config.cutover().backup().dir() != null
                ? config.cutover().backup().dir()
                : DEFAULT_BACKUP_DIR;
        var output = config.pipeline().output();
        Path metrics = output.dir() == null ? null : workspace.resolve(output.dir());
        return new BackupRequest(
                workspace,
                cutoverId,
                workspace.resolve(backupDir),
                metrics,
                DatabaseTarget.of(output.database()).orElse(null),
                tables);
    }

    /** {@code backupRoot/<cutoverId>/}. */
    public Path backupDir() {
        return backupRoot.resolve(cutoverId);
    }

    SnapshotPlan plan() {
        List<Path> roots =
                metricsDir == null ? List.of(workspace.configDir()) : List.of(workspace.configDir(), metricsDir);
        return new SnapshotPlan(cutoverId, workspace, roots, backupRoot, database, tables);
    }
}
