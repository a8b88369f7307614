package io.abaco.cutover.run;

import io.abaco.config.LoadedConfig;
import io.abaco.config.Workspace;
import io.abaco.cutover.ActivePipeline;
import io.abaco.cutover.Phase;
import io.abaco.cutover.journal.CutoverIds;
import io.abaco.cutover.journal.JournalState;
import io.abaco.cutover.journal.PhaseProgress;
import io.abaco.cutover.lock.CutoverLocks;
import io.abaco.cutover.phase.BackupPhase;
import io.abaco.cutover.phase.PostValidatePhase;
import io.abaco.cutover.phase.PreflightPhase;
import io.abaco.cutover.phase.StagingValidatePhase;
import io.abaco.cutover.phase.V1StopPhase;
import io.abaco.cutover.phase.V2ActivatePhase;
import io.abaco.error.StateRefusedException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cutover as the CLI drives it: {@code run}, one phase, {@code resume} and {@code status}, each under the
 * workspace lock (and the database advisory lock when a database is configured). Not thread-safe; one per command.
 */
public final class Cutover {
    private final Workspace workspace;
    private final LoadedConfig config;
    private final Map<String, String> environment;
    private final Clock clock;

    public Cutover(Workspace workspace, LoadedConfig config, Map<String, String> environment, Clock clock) {
        this.workspace = workspace;
        this.config = config;
        this.environment = Map.copyOf(environment);
        this.clock = clock;
    }

    /** The six phases of DESIGN §8, declared once. */
    public static CutoverRunner standardRunner() {
        Map<Phase, PhaseWork> works = new EnumMap<>(Phase.class);
        works.put(Phase.PREFLIGHT, new PreflightPhase());
        works.put(Phase.BACKUP, new BackupPhase());
        works.put(Phase.STAGING_VALIDATE, new StagingValidatePhase());
        works.put(Phase.V1_STOP, new V1StopPhase());
        works.put(Phase.V2_ACTIVATE, new V2ActivatePhase());
        works.put(Phase.POST_VALIDATE, new PostValidatePhase());
        return new CutoverRunner(works);
    }

    /** A new cutover through all phases; refused while another one is unfinished. */
    public CutoverResult run(CutoverOptions options) {
        return locked(
                "cutover run",
                options,
                () -> {
                    Optional<String> unfinished = unfinished();
                    if (unfinished.isEmpty()) refuseWhenAlreadyCutOver();
                    if (unfinished.isPresent()) {
                        throw new StateRefusedException("cutover " + unfinished.get()
                                + " is unfinished: run 'abaco cutover resume' to continue it or 'abaco rollback' to"
                                + " undo it");
                    }
                    return true;
                },
                (runner, context) -> runner.runAll(context));
    }

    /** One phase, of the unfinished cutover (or of a new one for preflight). */
    public CutoverResult runPhase(Phase phase, CutoverOptions options) {
        return locked(
                "cutover " + phase.cliName(),
                options,
                () -> {
                    boolean fresh = unfinished().isEmpty();
                    if (fresh && !options.dryRun()) refuseWhenAlreadyCutOver();
                    if (fresh && phase != Phase.PREFLIGHT && !options.dryRun()) {
                        throw new StateRefusedException("phase order: no cutover is under way; start with 'abaco"
                                + " cutover preflight' or 'abaco cutover run'");
                    }
                    return fresh;
                },
                (runner, context) -> runner.runOne(phase, context, history(context)));
    }

    /** Continues the unfinished cutover from its first phase not passed. */
    public CutoverResult resume(CutoverOptions options) {
        return locked(
                "cutover resume",
                options,
                () -> {
                    if (unfinished().isEmpty()) {
                        throw new StateRefusedException("no unfinished cutover to resume (" + status().state() + ")");
                    }
                    return false;
                },
                (runner, context) -> runner.resume(context, history(context)));
    }

    public CutoverStatus status() {
        return CutoverStatusReader.read(workspace);
    }

    /**
     * A new cutover while the last one completed and V2 is active would fail its preflight (V1 is stopped) and put a
     * failed cutover without a backup in front of the completed one, where a plain 'abaco rollback' would no
     * longer find it.
     */
    private void refuseWhenAlreadyCutOver() {
        CutoverStatus status = status();
        if (status.state().equals("completed") && ActivePipeline.V2.equals(status.activePipeline())) {
            throw new StateRefusedException("V2 is already the active pipeline (cutover " + status.cutoverId()
                    + " completed): nothing to cut over; to go back to V1 run 'abaco rollback'");
        }
    }

    private Optional<String> unfinished() {
        CutoverStatus status = status();
        if (status.state().startsWith("roll") && !status.state().equals("rolled_back")) {
            throw new StateRefusedException("the rollback of cutover " + status.cutoverId() + " did not finish ("
                    + status.state() + "): "
                    + (status.nextCommand() == null ? "wait for it to end" : "run '" + status.nextCommand() + "'"));
        }
        return List.of("in_progress", "failed", "interrupted").contains(status.state())
                ? Optional.of(status.cutoverId())
                : Optional.empty();
    }

    private interface Action {
        CutoverResult apply(CutoverRunner runner, CutoverContext context);
    }

    /**
     * Checks the cutover's state under the lock, so a second command sees the lock (and its owner) rather than the
     * half-written journal of the first.
     *
     * @param precondition refuses, or says whether the command starts a new cutover
     */
    private CutoverResult locked(
            String command, CutoverOptions options, java.util.function.Supplier<Boolean> precondition, Action action) {
        if (options.dryRun()) {
            boolean fresh = precondition.get();
            String id = fresh ? "dry-run" : CutoverIds.current(workspace).orElse("dry-run");
            DryRunEffects effects = new DryRunEffects(workspace, config.config().cutover(), environment);
            CutoverContext context = context(id, true, effects, new DryRunRecorder(), options);
            return action.apply(standardRunner(), context);
        }
        try (CutoverLocks locks = CutoverLocks.acquire(
                workspace, config.config().pipeline().output().database(), command, options.forceUnlock())) {
            boolean fresh = precondition.get();
            String id = fresh
                    ? CutoverIds.next(workspace, clock)
                    : CutoverIds.current(workspace).orElseThrow();
            LiveEffects effects = new LiveEffects(workspace, config.config().cutover(), environment);
            JournaledRecorder recorder = new JournaledRecorder(workspace.cutoverDir(id), id, clock);
            return action.apply(standardRunner(), context(id, false, effects, recorder, options));
        }
    }

    private CutoverContext context(
            String id, boolean dryRun, CutoverEffects effects, CutoverRecorder recorder, CutoverOptions options) {
        return new CutoverContext(
                id, workspace, config, environment, dryRun, effects, recorder, options.progress(), clock);
    }

    private static java.util.function.Function<Phase, PhaseProgress> history(CutoverContext context) {
        if (!Files.isDirectory(context.cutoverDir())) return phase -> PhaseProgress.NOT_STARTED;
        JournalState state = JournalState.read(context.cutoverDir());
        return phase -> state.phase(phase).progress();
    }

    static String active(Workspace workspace) {
        return new ActivePipeline(workspace).current();
    }
}
