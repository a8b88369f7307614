package io.abaco.cutover.phase;

import io.abaco.config.model.AbacoConfig;
import io.abaco.cutover.Phase;
import io.abaco.cutover.backup.BackupManifest;
import io.abaco.cutover.backup.BackupRequest;
import io.abaco.cutover.backup.BackupVerification;
import io.abaco.cutover.backup.BackupVerifier;
import io.abaco.cutover.report.Artifact;
import io.abaco.cutover.run.CutoverContext;
import io.abaco.cutover.run.CutoverEffects.BackupOutcome;
import io.abaco.cutover.run.PhaseOutcome;
import io.abaco.cutover.run.PhaseWork;
import io.abaco.fs.Hashing;
import io.abaco.pipeline.db.DatabaseMigrations;
import io.abaco.validation.CheckResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Phase 1: config files, the metrics directory and (with a database) the pipeline tables copied to
 * {@code .rollback/<id>/} with {@code backup-manifest.json}, then read back and verified: the phase passes only on
 * a verification that recomputed every checksum from disk.
 */
public final class BackupPhase implements PhaseWork {
    @Override
    public PhaseOutcome execute(CutoverContext context) {
        AbacoConfig config = context.config().config();
        boolean database = config.pipeline().output().database().enabled();
        List<String> tables = database ? DatabaseMigrations.PIPELINE_TABLES : List.of();
        BackupRequest request = BackupRequest.of(context.workspace(), config, context.cutoverId(), tables);
        context.note(
                Phase.BACKUP,
                "backing up config, " + config.pipeline().output().dir()
                        + (database ? " and tables " + String.join(", ", tables) : "") + " to "
                        + context.workspace().display(request.backupDir()));
        BackupOutcome taken = context.effects().backup(request);

        PhaseOutcome.Builder outcome = new PhaseOutcome.Builder();
        if (!taken.taken()) {
            return outcome.check(CheckResult.skipped("backup_verified", "dry run: nothing was copied"))
                    .build();
        }
        outcome.check(CheckResult.pass(
                "backup_files",
                taken.files() + " files, " + taken.bytes() + " bytes",
                null,
                (taken.reused() ? "kept the verified backup taken earlier in " : "copied to ") + taken.backupDir()));
        if (database) {
            outcome.check(CheckResult.pass(
                    "backup_tables",
                    String.join(", ", taken.tables()),
                    null,
                    "tables dumped with row count and checksum"));
        }
        BackupVerification verification = BackupVerifier.verify(request.backupDir(), context.cutoverId());
        outcome.check(
                verification.ok()
                        ? CheckResult.pass(
                                "backup_verified",
                                "all sha256 and row counts match",
                                "backup-manifest.json",
                                "read back " + taken.files() + " files"
                                        + (database ? " and " + tables.size() + " tables" : ""))
                        : CheckResult.fail(
                                "backup_verified",
                                verification.problems().size() + " problems",
                                "backup-manifest.json",
                                verification.summary()));
        Path manifest = request.backupDir().resolve(BackupManifest.FILE_NAME);
        if (Files.isRegularFile(manifest)) {
            outcome.artifact(new Artifact(context.workspace().display(manifest), Hashing.sha256Hex(manifest)));
        }
        return outcome.build();
    }
}
