package io.abaco.cutover.phase;

import io.abaco.config.model.DatabaseConfig;
import io.abaco.cutover.ActivePipeline;
import io.abaco.cutover.Phase;
import io.abaco.cutover.controller.ServiceActionResult;
import io.abaco.cutover.controller.ServiceName;
import io.abaco.cutover.run.CutoverContext;
import io.abaco.cutover.run.PhaseOutcome;
import io.abaco.cutover.run.PhaseWork;
import io.abaco.pipeline.db.DatabaseMigrations;
import io.abaco.validation.CheckResult;
import java.util.List;

/**
 * Phase 4: pending migrations applied (expand-only, so V1 could still run on the schema), V2 started through its
 * controller and waited for until healthy, then V2 made the active pipeline and git HEAD tagged
 * {@code cutover/<id>/activated}. Starting a running V2 and re-tagging the same commit are no-ops.
 */
public final class V2ActivatePhase implements PhaseWork {
    @Override
    public PhaseOutcome execute(CutoverContext context) {
        PhaseOutcome.Builder outcome = new PhaseOutcome.Builder();
        DatabaseConfig database = context.config().config().pipeline().output().database();
        if (database.enabled()) {
            context.note(Phase.V2_ACTIVATE, "applying pending migrations to " + database.schema());
            int applied = context.effects().migrate(database);
            if (!context.dryRun()) {
                List<String> pending = DatabaseMigrations.pending(database);
                outcome.check(
                        pending.isEmpty()
                                ? CheckResult.pass(
                                        "migrations", "applied " + applied + ", pending 0", 0, "schema up to date")
                                : CheckResult.fail(
                                        "migrations", pending, 0, "still pending: " + String.join(", ", pending)));
            }
        }
        context.note(
                Phase.V2_ACTIVATE,
                "starting V2: "
                        + context.effects()
                                .services()
                                .controller(ServiceName.V2)
                                .describe());
        ServiceActionResult started = context.effects().services().start(ServiceName.V2);
        boolean healthy = context.dryRun() || started.after().healthy();
        outcome.check(
                healthy
                        ? CheckResult.pass("v2_healthy", started.after().observedHealth(), "healthy", started.message())
                        : CheckResult.fail(
                                "v2_healthy",
                                started.after().observedHealth(),
                                "healthy",
                                "V2 is not healthy: " + started.after().detail()));
        if (outcome.anyFailed()) return outcome.build();

        context.effects().switchActivePipeline(ActivePipeline.V2);
        if (!context.dryRun()) {
            String active = new ActivePipeline(context.workspace()).current();
            outcome.check(
                    active.equals(ActivePipeline.V2)
                            ? CheckResult.pass(
                                    "active_pipeline", active, ActivePipeline.V2, "V2 is the active pipeline")
                            : CheckResult.fail(
                                    "active_pipeline", active, ActivePipeline.V2, "the switch did not take"));
        }
        String tag = "cutover/" + context.cutoverId() + "/activated";
        String commit = context.effects().tagHead(tag);
        outcome.check(
                commit == null
                        ? CheckResult.skipped(
                                "git_tag",
                                "the workspace is not a git repository with commits"
                                        + (context.dryRun() ? " (or dry run)" : ""))
                        : CheckResult.pass("git_tag", commit, tag, "tagged " + tag));
        return outcome.build();
    }
}
