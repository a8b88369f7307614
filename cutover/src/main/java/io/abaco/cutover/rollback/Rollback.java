package io.abaco.cutover.rollback;

import io.abaco.config.LoadedConfig;
import io.abaco.config.Secrets;
import io.abaco.config.Workspace;
import io.abaco.cutover.ActivePipeline;
import io.abaco.cutover.backup.BackupCorruptedException;
import io.abaco.cutover.backup.BackupRequest;
import io.abaco.cutover.backup.BackupVerification;
import io.abaco.cutover.backup.BackupVerifier;
import io.abaco.cutover.backup.DatabaseTarget;
import io.abaco.cutover.backup.RestoreRequest;
import io.abaco.cutover.backup.RestoreResult;
import io.abaco.cutover.backup.RestoreService;
import io.abaco.cutover.controller.ServiceActionResult;
import io.abaco.cutover.controller.ServiceName;
import io.abaco.cutover.journal.CutoverIds;
import io.abaco.cutover.journal.CutoverLog;
import io.abaco.cutover.lock.CutoverLocks;
import io.abaco.cutover.report.CutoverJson;
import io.abaco.cutover.run.CutoverEffects;
import io.abaco.cutover.run.DryRunEffects;
import io.abaco.cutover.run.LiveEffects;
import io.abaco.error.AbacoException;
import io.abaco.error.StateRefusedException;
import io.abaco.fs.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code abaco rollback} (DESIGN §8): the backup's checksums are verified before anything is touched; then V2
 * stops, what V2 wrote is exported to {@code v2-era/}, config, metrics and tables are restored (and re-verified),
 * V1 becomes active, starts and is verified healthy. Every step is timed into {@code rollback.json}, written also
 * when a step fails. Running it twice is safe: each step is a no-op when already done.
 */
public final class Rollback {
    private final Workspace workspace;
    private final LoadedConfig config;
    private final Map<String, String> environment;
    private final Clock clock;

    public Rollback(Workspace workspace, LoadedConfig config, Map<String, String> environment, Clock clock) {
        this.workspace = workspace;
        this.config = config;
        this.environment = Map.copyOf(environment);
        this.clock = clock;
    }

    /**
     * @param cutoverId the cutover to roll back; null for the latest
     * @param progress receives one line per step as it finishes
     * @throws StateRefusedException nothing to roll back, or the lock is held
     * @throws BackupCorruptedException a backup file is missing or altered: nothing was changed
     */
    public RollbackRecord run(String cutoverId, boolean dryRun, boolean forceUnlock, Consumer<String> progress) {
        String id = cutoverId != null
                ? cutoverId
                : CutoverIds.current(workspace)
                        .orElseThrow(() -> new StateRefusedException("nothing to roll back: no cutover under "
                                + workspace.display(workspace.cutoverLogsDir())));
        if (!CutoverIds.all(workspace).contains(id)) {
            throw new StateRefusedException("nothing to roll back: no cutover " + id + " (known: "
                    + String.join(", ", CutoverIds.all(workspace)) + ")");
        }
        Path backupDir =
                BackupRequest.of(workspace, config.config(), id, List.of()).backupDir();
        if (!Files.isDirectory(backupDir)) {
            throw new StateRefusedException("nothing to roll back: cutover " + id + " has no backup ("
                    + workspace.display(backupDir) + "); V1 was never stopped before a backup");
        }
        if (dryRun)
            return execute(
                    id,
                    backupDir,
                    new DryRunEffects(workspace, config.config().cutover(), environment),
                    true,
                    progress);
        try (CutoverLocks locks = CutoverLocks.acquire(
                workspace, config.config().pipeline().output().database(), "rollback", forceUnlock)) {
            return execute(
                    id, backupDir, new LiveEffects(workspace, config.config().cutover(), environment), false, progress);
        }
    }

    private RollbackRecord execute(
            String id, Path backupDir, CutoverEffects effects, boolean dryRun, Consumer<String> progress) {
        Instant started = clock.instant();
        List<RollbackStep> steps = new ArrayList<>();
        CutoverLog log = dryRun ? null : new CutoverLog(workspace.cutoverDir(id), clock);
        RestoreResult[] restore = new RestoreResult[1];
        String error = null;
        if (!dryRun) {
            // the record of a rollback under way: a crash leaves it, and status then says the rollback was killed
            write(
                    workspace.cutoverDir(id),
                    new RollbackRecord(id, RollbackRecord.RUNNING, started, started, 0, List.of(), null, null));
        }
        RollbackRecord record;
        try {
            step(steps, "verify_backup", progress, log, () -> {
                BackupVerification verification = BackupVerifier.verify(backupDir, id);
                if (!verification.ok()) throw new BackupCorruptedException(workspace.display(backupDir), verification);
                return "backup " + workspace.display(backupDir) + " verified: every sha256 matches";
            });
            step(steps, "stop_v2", progress, log, () -> effects.services()
                    .stop(ServiceName.V2)
                    .message());
            step(steps, "restore", progress, log, () -> {
                RestoreService service = dryRun ? RestoreService.dryRun() : RestoreService.live();
                DatabaseTarget database = DatabaseTarget.of(
                                config.config().pipeline().output().database())
                        .orElse(null);
                restore[0] = service.restore(new RestoreRequest(workspace, id, backupDir, database));
                if (restore[0].alreadyRestored()) return "state already equals the backup: nothing to restore";
                if (dryRun) return "would: " + String.join("; ", restore[0].actions());
                return restore[0].restoredFiles().size() + " files and "
                        + restore[0].restoredTables().size()
                        + " tables restored, " + restore[0].movedAside().size() + " files V2 added moved aside;"
                        + " V2-era data exported to " + restore[0].v2EraDir();
            });
            step(steps, "activate_v1", progress, log, () -> {
                effects.switchActivePipeline(ActivePipeline.V1);
                return "V1 is the active pipeline";
            });
            step(steps, "start_v1", progress, log, () -> effects.services()
                    .start(ServiceName.V1)
                    .message());
            step(steps, "verify_v1", progress, log, () -> {
                ServiceActionResult v1 = effects.services().status(ServiceName.V1);
                if (dryRun)
                    return "would verify that V1 is running and healthy (now: "
                            + v1.after().detail() + ")";
                if (!(v1.after().running() && v1.after().healthy())) {
                    throw new io.abaco.error.ExternalServiceException(
                            "V1 is not healthy after start: " + v1.after().detail());
                }
                return "V1 healthy: " + v1.after().detail();
            });
        } catch (AbacoException | UncheckedIOException e) {
            error = Secrets.redact(e.getMessage());
            throw e;
        } finally {
            Instant finished = clock.instant();
            String status = dryRun ? "DRY_RUN" : error == null ? "PASS" : "FAIL";
            record = new RollbackRecord(
                    id,
                    status,
                    started,
                    finished,
                    Duration.between(started, finished).toMillis(),
                    steps,
                    restore[0],
                    error);
            if (!dryRun) write(workspace.cutoverDir(id), record);
        }
        return record;
    }

    private void step(
            List<RollbackStep> steps, String name, Consumer<String> progress, CutoverLog log, Supplier<String> work) {
        long start = System.nanoTime();
        try {
            String message = Secrets.redact(work.get());
            RollbackStep step = new RollbackStep(name, "PASS", (System.nanoTime() - start) / 1_000_000, message);
            steps.add(step);
            if (log != null) log.log("rollback", name + ": " + message);
            progress.accept(name + " … PASS (" + step.durationMs() + " ms) " + message);
        } catch (RuntimeException e) {
            String message = Secrets.redact(e.getMessage());
            steps.add(new RollbackStep(name, "FAIL", (System.nanoTime() - start) / 1_000_000, message));
            if (log != null) log.log("rollback", name + " FAILED: " + message);
            progress.accept(name + " … FAIL " + message);
            throw e;
        }
    }

    private static void write(Path cutoverDir, RollbackRecord record) {
        try {
            AtomicFiles.writeString(
                    cutoverDir.resolve(RollbackRecord.FILE_NAME),
                    Secrets.redact(CutoverJson.pretty().writeValueAsString(record)) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rollback.json: " + e.getMessage(), e);
        }
    }
}
