package io.abaco.cutover.phase;

import io.abaco.cutover.Phase;
import io.abaco.cutover.controller.DrainedStop;
import io.abaco.cutover.controller.ServiceName;
import io.abaco.cutover.run.CutoverContext;
import io.abaco.cutover.run.PhaseOutcome;
import io.abaco.cutover.run.PhaseWork;
import io.abaco.validation.CheckResult;

/**
 * Phase 3: waits (bounded) for an in-flight V1 run, stops V1 through its controller, verifies it no longer runs,
 * and keeps the tail of its log as an artifact. Stopping a stopped V1 passes: the phase is safe to run again.
 */
public final class V1StopPhase implements PhaseWork {
    static final int LOG_LINES = 50;

    @Override
    public PhaseOutcome execute(CutoverContext context) {
        context.note(Phase.V1_STOP, "waiting for an in-flight V1 run, then stopping V1");
        DrainedStop drained = context.effects().services().stopAfterInFlightRun(ServiceName.V1, LOG_LINES);
        PhaseOutcome.Builder outcome = new PhaseOutcome.Builder();
        outcome.check(CheckResult.pass(
                "in_flight_run",
                drained.inFlight().waitedMs(),
                context.config().config().cutover().v1().inFlightWaitSeconds() * 1000,
                drained.inFlight().message()));
        boolean stopped = context.dryRun() || !drained.stop().after().running();
        String state = drained.stop().after().state().name().toLowerCase();
        outcome.check(
                stopped
                        ? CheckResult.pass(
                                "v1_stopped", state, "stopped", drained.stop().message())
                        : CheckResult.fail(
                                "v1_stopped",
                                state,
                                "stopped",
                                "V1 still runs: " + drained.stop().after().detail()));
        outcome.artifact(context.effects()
                .writeArtifact(context.cutoverDir(), "v1-log-tail.txt", String.join("\n", drained.logTail()) + "\n"));
        return outcome.build();
    }
}
