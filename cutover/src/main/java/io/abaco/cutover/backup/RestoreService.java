package io.abaco.cutover.backup;

import io.abaco.config.Workspace;
import io.abaco.error.StateRefusedException;
import io.abaco.pipeline.crash.CrashPoints;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Puts a backup back (the data part of {@code abaco rollback}, DESIGN §8):
 *
 * <ol>
 *   <li>verifies the backup <em>first</em> (DESIGN §12.2): a missing or corrupted file refuses the restore with a
 *       {@link BackupCorruptedException} (exit 2) naming the files, and nothing is changed; no backup directory at
 *       all is a {@link StateRefusedException} (exit 3: nothing to roll back);
 *   <li>compares the live state with the backup; when they are equal it stops there ({@code already_restored}):
 *       this is what makes a second run harmless;
 *   <li>exports the live state (config, metrics files and tables: what V2 wrote after activation) to
 *       {@code <backup>/v2-era/} with its own manifest, or {@code v2-era-2/}, {@code v2-era-3/}… when an earlier
 *       run already exported (an earlier export is never overwritten);
 *   <li>restores the changed files atomically one by one, moves live files the backup does not hold aside (they are
 *       in the export), and replaces the rows of all backed-up tables in one transaction (TRUNCATE + COPY; tables
 *       are loaded in manifest order);
 *   <li>compares again and returns the differences left, if any, with per-step timings.
 * </ol>
 *
 * <p>V2 must be stopped before a restore (the rollback stops it first). Changes go through {@link RestoreActions},
 * so a dry run is {@code new RestoreService(RestoreActions.dryRun(), clock)}. One restore at a time (the cutover lock
 * ensures it).
 */
public final class RestoreService {
    public static final String EXPORT_DIR = "v2-era";

    private final RestoreActions actions;
    private final Clock clock;

    public RestoreService(RestoreActions actions, Clock clock) {
        this.actions = actions;
        this.clock = clock;
    }

    public static RestoreService live() {
        return new RestoreService(RestoreActions.live(Clock.systemUTC()), Clock.systemUTC());
    }

    public static RestoreService dryRun() {
        return new RestoreService(RestoreActions.dryRun(), Clock.systemUTC());
    }

    public RestoreResult restore(RestoreRequest request) {
        Workspace workspace = request.workspace();
        Path backupDir = request.backupDir();
        String shownBackup = workspace.display(backupDir);
        if (!Files.isDirectory(backupDir)) {
            throw new StateRefusedException(
                    "no backup for cutover " + request.cutoverId() + " at " + shownBackup + ": nothing to roll back");
        }
        List<StepTiming> steps = new ArrayList<>();
        BackupVerification verification =
                timed(steps, "verify_backup", () -> BackupVerifier.verify(backupDir, request.cutoverId()));
        if (!verification.ok()) throw new BackupCorruptedException(shownBackup, verification);
        BackupManifest manifest = verification.manifest();
        if (!manifest.tables().isEmpty() && request.database() == null) {
            throw new StateRefusedException(
                    "backup " + shownBackup + " holds " + manifest.tables().size()
                            + " tables but no database is configured to restore them into; nothing was changed");
        }
        CrashPoints.reach("restore.verified");
        Path backupRoot = backupDir.getParent();
        StateDiff before = timed(
                steps,
                "compare_live_state",
                () -> CurrentState.compare(workspace, manifest, backupRoot, request.database()));
        List<String> done = new ArrayList<>();
        if (before.matches()) {
            done.add("the live state already equals backup " + shownBackup + ": nothing to do");
            return new RestoreResult(
                    request.cutoverId(),
                    shownBackup,
                    !actions.changesState(),
                    true,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    done,
                    List.of(),
                    steps);
        }
        Path exportDir = nextExportDir(backupDir);
        SnapshotPlan livePlan = CurrentState.planOf(workspace, manifest, backupRoot, request.database());
        timed(steps, "export_v2_era", () -> done.add(actions.exportCurrentState(livePlan, exportDir)));
        CrashPoints.reach("restore.exported");

        List<String> restoredFiles = new ArrayList<>();
        List<String> movedAside = new ArrayList<>();
        timed(steps, "restore_files", () -> {
            int number = 0;
            for (FileEntry file : before.changedFiles()) {
                done.add(actions.restoreFile(
                        backupDir.resolve(file.backupPath()),
                        BackupPaths.originalIn(workspace, file.path()),
                        file.mode()));
                restoredFiles.add(file.path());
                CrashPoints.reach("restore.file." + ++number);
            }
            for (Path extra : before.extraFiles()) {
                done.add(actions.moveAside(extra, exportDir));
                movedAside.add(BackupPaths.originalName(workspace, extra));
                CrashPoints.reach("restore.file." + ++number);
            }
            return number;
        });
        List<String> restoredTables = new ArrayList<>();
        if (!before.changedTables().isEmpty()) {
            DatabaseTarget database =
                    request.database().withSchema(manifest.tables().get(0).schema());
            timed(
                    steps,
                    "restore_tables",
                    () -> done.add(actions.restoreTables(database, backupDir, manifest.tables())));
            manifest.tables().forEach(table -> restoredTables.add(table.qualifiedName()));
        }
        List<BackupProblem> left = List.of();
        if (actions.changesState()) {
            left = timed(steps, "verify_restored", () -> CurrentState.compare(
                            workspace, manifest, backupRoot, request.database())
                    .problems());
        }
        return new RestoreResult(
                request.cutoverId(),
                shownBackup,
                !actions.changesState(),
                false,
                workspace.display(exportDir),
                restoredFiles,
                movedAside,
                restoredTables,
                done,
                left,
                steps);
    }

    /** {@code v2-era}, or the first free {@code v2-era-N} when earlier runs exported already. */
    static Path nextExportDir(Path backupDir) {
        Path first = backupDir.resolve(EXPORT_DIR);
        if (!Files.exists(first)) return first;
        for (int n = 2; ; n++) {
            Path next = backupDir.resolve(EXPORT_DIR + "-" + n);
            if (!Files.exists(next)) return next;
        }
    }

    private <T> T timed(List<StepTiming> steps, String step, Supplier<T> work) {
        long start = clock.millis();
        try {
            return work.get();
        } finally {
            steps.add(new StepTiming(step, clock.millis() - start));
        }
    }
}
