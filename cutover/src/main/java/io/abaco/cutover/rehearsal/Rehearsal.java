package io.abaco.cutover.rehearsal;

import io.abaco.config.LoadedConfig;
import io.abaco.config.Secrets;
import io.abaco.config.Workspace;
import io.abaco.cutover.Phase;
import io.abaco.cutover.backup.BackupRequest;
import io.abaco.cutover.backup.DatabaseTarget;
import io.abaco.cutover.journal.CutoverIds;
import io.abaco.cutover.report.CutoverJson;
import io.abaco.cutover.report.PhaseReport;
import io.abaco.cutover.rollback.Rollback;
import io.abaco.cutover.rollback.RollbackRecord;
import io.abaco.cutover.run.Cutover;
import io.abaco.cutover.run.CutoverOptions;
import io.abaco.cutover.run.CutoverProgress;
import io.abaco.cutover.run.CutoverResult;
import io.abaco.error.AbacoException;
import io.abaco.fs.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code abaco cutover rehearse} (DESIGN §8): on staging, the whole cutover, then the rollback, with timings, ending
 * with a check that everything is back to the pre-cutover checksums ({@link RestoreCheck}). A failed phase does not
 * end the rehearsal: what was changed is rolled back all the same, and the result says what failed. Not
 * thread-safe; one per command.
 */
public final class Rehearsal {
    private final Workspace workspace;
    private final LoadedConfig config;
    private final String environmentName;
    private final Map<String, String> environment;
    private final Clock clock;

    /**
     * @param environmentName the environment {@code config} was loaded for (recorded in the result)
     * @param environment handed to V1 and V2 (it should set {@code PIPELINE_ENV} to {@code environmentName})
     */
    public Rehearsal(
            Workspace workspace,
            LoadedConfig config,
            String environmentName,
            Map<String, String> environment,
            Clock clock) {
        this.workspace = workspace;
        this.config = config;
        this.environmentName = environmentName;
        this.environment = Map.copyOf(environment);
        this.clock = clock;
    }

    /**
     * Runs the rehearsal and writes {@code rehearsal.json} in the cutover's directory.
     *
     * @param progress observer of the cutover's phases (never null)
     * @param rollbackProgress one line per rollback step
     * @throws io.abaco.error.StateRefusedException when no cutover could start (lock held, one unfinished)
     */
    public RehearsalResult rehearse(CutoverProgress progress, Consumer<String> rollbackProgress) {
        List<String> problems = new ArrayList<>();
        List<PhaseTiming> phases = new ArrayList<>();
        CutoverProgress recording = new RecordingProgress(progress, phases);
        Optional<String> before = CutoverIds.current(workspace);
        long cutoverStart = clock.millis();
        String cutoverStatus;
        String id;
        try {
            CutoverResult result =
                    new Cutover(workspace, config, environment, clock).run(new CutoverOptions(false, false, recording));
            id = result.cutoverId();
            cutoverStatus = result.failed() ? "FAIL" : "PASS";
            if (result.failed())
                problems.add("cutover: "
                        + result.phases().get(result.phases().size() - 1).error());
        } catch (AbacoException e) {
            Optional<String> after = CutoverIds.current(workspace);
            if (after.isEmpty() || after.equals(before)) throw e;
            id = after.get();
            cutoverStatus = "FAIL";
            problems.add("cutover: " + Secrets.redact(e.getMessage()));
        }
        long cutoverMs = clock.millis() - cutoverStart;

        RollbackRecord rollback = rollBack(id, rollbackProgress, problems);
        RestoredCheck check = RestoreCheck.of(
                workspace,
                id,
                BackupRequest.of(workspace, config.config(), id, List.of()).backupDir(),
                DatabaseTarget.of(config.config().pipeline().output().database())
                        .orElse(null));
        if (!check.restored()) problems.add("restored_to_pre_cutover: " + check.message());
        RehearsalResult result = new RehearsalResult(
                environmentName,
                id,
                cutoverStatus,
                cutoverMs,
                phases,
                rollback == null ? "SKIPPED" : rollback.status(),
                rollback == null ? 0 : rollback.durationMs(),
                rollback == null
                        ? List.of()
                        : rollback.steps().stream()
                                .map(step -> new PhaseTiming(
                                        step.name(),
                                        step.status(),
                                        step.durationMs(),
                                        "FAIL".equals(step.status()) ? step.message() : null))
                                .toList(),
                check,
                problems.isEmpty(),
                problems);
        write(result);
        return result;
    }

    private RollbackRecord rollBack(String id, Consumer<String> progress, List<String> problems) {
        try {
            return new Rollback(workspace, config, environment, clock).run(id, false, false, progress);
        } catch (AbacoException | UncheckedIOException e) {
            problems.add("rollback: " + Secrets.redact(e.getMessage()));
            // a rollback that got going leaves its record (written also on failure); one refused up front does not
            return RollbackRecord.read(workspace.cutoverDir(id)).orElse(null);
        }
    }

    private void write(RehearsalResult result) {
        try {
            AtomicFiles.writeString(
                    workspace.cutoverDir(result.cutoverId()).resolve(RehearsalResult.FILE_NAME),
                    Secrets.redact(CutoverJson.pretty().writeValueAsString(result)) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + RehearsalResult.FILE_NAME + ": " + e.getMessage(), e);
        }
    }

    /** Passes every event on, and keeps each finished phase's timing. */
    private record RecordingProgress(CutoverProgress delegate, List<PhaseTiming> phases) implements CutoverProgress {
        @Override
        public void phaseStarted(Phase phase, int position, int total) {
            delegate.phaseStarted(phase, position, total);
        }

        @Override
        public void note(Phase phase, String message) {
            delegate.note(phase, message);
        }

        @Override
        public void phaseFinished(PhaseReport report) {
            phases.add(new PhaseTiming(
                    report.phase().cliName(), report.status().name(), report.durationMs(), report.error()));
            delegate.phaseFinished(report);
        }
    }
}
