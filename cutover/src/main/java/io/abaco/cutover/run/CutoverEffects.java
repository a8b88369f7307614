package io.abaco.cutover.run;

import io.abaco.config.model.DatabaseConfig;
import io.abaco.config.model.ServiceConfig;
import io.abaco.cutover.backup.BackupRequest;
import io.abaco.cutover.controller.ServiceCommands;
import io.abaco.cutover.report.Artifact;
import io.abaco.pipeline.run.RunRequest;
import io.abaco.pipeline.run.RunResult;
import io.abaco.validation.shadow.KpiSnapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every change a cutover makes goes through here, so {@code --dry-run} is one alternative implementation
 * ({@link DryRunEffects}) rather than tests scattered through the phases. Reads (status, checks) stay real in a dry
 * run; writes only say what they would do.
 */
public interface CutoverEffects {
    /** V1/V2 control; its dry-run variant starts and stops nothing. */
    ServiceCommands services();

    /** Writes a phase artifact under the cutover directory and returns its path and sha256. */
    Artifact writeArtifact(Path cutoverDir, String fileName, String content);

    /** Makes {@code pipeline} (v1 or v2) the active production pipeline. */
    void switchActivePipeline(String pipeline);

    /** Tags the workspace's git HEAD; returns the commit, or null when the workspace is not a git repository. */
    String tagHead(String tagName);

    /** Takes (or keeps, when one exists and verifies) the cutover's backup. */
    BackupOutcome backup(BackupRequest request);

    /** Applies pending migrations; returns how many were applied (0 in a dry run). */
    int migrate(DatabaseConfig database);

    /** Runs the V2 pipeline; empty in a dry run. */
    Optional<RunResult> runPipeline(RunRequest request);

    /** Runs V1 once on {@code tape} into {@code outputDir} (its {@code run_command}); empty in a dry run. */
    Optional<KpiSnapshot> runV1(ServiceConfig v1, Path workingDirectory, Path tape, Path outputDir);

    /**
     * What a backup step did.
     *
     * @param backupDir where the backup is (workspace-relative)
     * @param taken false in a dry run (nothing was copied)
     */
    record BackupOutcome(String backupDir, int files, long bytes, List<String> tables, boolean reused, boolean taken) {
        public BackupOutcome {
            tables = List.copyOf(tables);
        }
    }
}
