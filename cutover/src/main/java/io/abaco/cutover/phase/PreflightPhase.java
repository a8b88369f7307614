package io.abaco.cutover.phase;

import io.abaco.config.Workspace;
import io.abaco.config.model.AbacoConfig;
import io.abaco.config.model.DatabaseConfig;
import io.abaco.cutover.Phase;
import io.abaco.cutover.controller.ServiceActionResult;
import io.abaco.cutover.controller.ServiceName;
import io.abaco.cutover.git.GitWorkspace;
import io.abaco.cutover.journal.JournalState;
import io.abaco.cutover.journal.PhaseProgress;
import io.abaco.cutover.lock.LockStatus;
import io.abaco.cutover.lock.WorkspaceLock;
import io.abaco.cutover.run.CutoverContext;
import io.abaco.cutover.run.PhaseOutcome;
import io.abaco.cutover.run.PhaseWork;
import io.abaco.error.AbacoException;
import io.abaco.pipeline.db.DatabaseMigrations;
import io.abaco.validation.CheckResult;
import java.util.List;

/**
 * Phase 0: everything a cutover needs is in place before anything changes — configuration, secrets, disk space,
 * database and migrations, a clean git work tree (HEAD recorded), V1 running, V2 runnable, the lock held by us.
 * Reads only; safe to run any number of times.
 */
public final class PreflightPhase implements PhaseWork {
    @Override
    public PhaseOutcome execute(CutoverContext context) {
        AbacoConfig config = context.config().config();
        PhaseOutcome.Builder outcome = new PhaseOutcome.Builder();
        outcome.check(CheckResult.pass(
                "config_valid",
                config.environment(),
                null,
                context.config().files().stream()
                                .map(context.workspace()::display)
                                .toList() + " valid"));
        outcome.check(PreflightChecks.secretsSet(context.config()));
        outcome.check(PreflightChecks.diskSpace(context.workspace(), config));
        DatabaseConfig database = config.pipeline().output().database();
        if (database.enabled()) outcome.checks(databaseChecks(database));
        outcome.check(gitCheck(context.workspace()));
        outcome.check(v1Running(context));
        outcome.check(
                PreflightChecks.v2Runnable(context.workspace(), config.cutover().v2(), context.environment()));
        outcome.check(lockHeld(context));
        return outcome.build();
    }

    private static List<CheckResult> databaseChecks(DatabaseConfig database) {
        try {
            List<String> problems = DatabaseMigrations.validate(database);
            List<String> pending = DatabaseMigrations.pending(database);
            CheckResult valid = problems.isEmpty()
                    ? CheckResult.pass("database", "reachable, migrations valid", null, "schema " + database.schema())
                    : CheckResult.fail("database", problems, null, "Flyway validate: " + String.join("; ", problems));
            return List.of(
                    valid,
                    CheckResult.pass(
                            "pending_migrations",
                            pending,
                            null,
                            pending.isEmpty() ? "none pending" : pending.size() + " to apply in v2-activate"));
        } catch (AbacoException e) {
            return List.of(CheckResult.fail("database", "unreachable", null, e.getMessage()));
        }
    }

    private static CheckResult gitCheck(Workspace workspace) {
        GitWorkspace git = new GitWorkspace(workspace);
        if (!git.isRepository()) return CheckResult.skipped("git", "the workspace is not a git repository");
        String head = git.head().orElse("no commits");
        List<String> unclean = git.uncleanPaths();
        return unclean.isEmpty()
                ? CheckResult.pass("git", head, "clean work tree", "HEAD " + head + " recorded")
                : CheckResult.fail(
                        "git",
                        unclean.size() + " unclean paths",
                        "clean work tree",
                        "commit or stash first: " + String.join(", ", unclean.subList(0, Math.min(5, unclean.size()))));
    }

    private static CheckResult v1Running(CutoverContext context) {
        PhaseProgress stop =
                JournalState.read(context.cutoverDir()).phase(Phase.V1_STOP).progress();
        if (stop == PhaseProgress.PASSED) {
            return CheckResult.skipped("v1_running", "V1 was stopped by this cutover's v1-stop phase");
        }
        ServiceActionResult v1 = context.effects().services().status(ServiceName.V1);
        return v1.after().running() && v1.after().healthy()
                ? CheckResult.pass("v1_running", v1.after().detail(), "running and healthy", "V1 is up")
                : CheckResult.fail(
                        "v1_running",
                        v1.after().detail(),
                        "running and healthy",
                        "V1 is not running and healthy: start it first ('abaco service start v1')");
    }

    private static CheckResult lockHeld(CutoverContext context) {
        if (context.dryRun()) return CheckResult.skipped("lock", "dry run: the lock is not taken");
        LockStatus status = WorkspaceLock.status(context.workspace());
        boolean ours = status.owner() != null
                && status.owner().pid() == ProcessHandle.current().pid();
        return ours
                ? CheckResult.pass(
                        "lock", "pid " + status.owner().pid(), "held by this cutover", "no other cutover runs")
                : CheckResult.fail(
                        "lock", String.valueOf(status.owner()), "held by this cutover", "the lock is not ours");
    }
}
