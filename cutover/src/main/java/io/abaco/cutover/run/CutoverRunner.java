package io.abaco.cutover.run;

import io.abaco.cutover.Phase;
import io.abaco.cutover.journal.PhaseProgress;
import io.abaco.cutover.report.PhaseReport;
import io.abaco.cutover.report.PhaseStatus;
import io.abaco.error.StateRefusedException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs the declared phase sequence (DESIGN §8) through {@link PhaseTemplate}: all of it, from the first phase
 * not PASS (resume), or one phase — refusing a phase whose predecessors have not passed.
 */
public final class CutoverRunner {
    private final Map<Phase, PhaseWork> works;

    public CutoverRunner(Map<Phase, PhaseWork> works) {
        for (Phase phase : Phase.values()) {
            if (!works.containsKey(phase)) throw new IllegalArgumentException("no work declared for " + phase);
        }
        this.works = new EnumMap<>(works);
    }

    /** Every phase in order; stops at the first FAIL. */
    public CutoverResult runAll(CutoverContext context) {
        return runFrom(Phase.values()[0], context);
    }

    /** Continues from the first phase that has not passed. */
    public CutoverResult resume(CutoverContext context, Function<Phase, PhaseProgress> history) {
        for (Phase phase : Phase.values()) {
            if (history.apply(phase) != PhaseProgress.PASSED) return runFrom(phase, context);
        }
        throw new StateRefusedException("cutover " + context.cutoverId() + " is already complete: nothing to resume");
    }

    /** One phase, if every phase before it has passed (preflight may always run). */
    public CutoverResult runOne(Phase phase, CutoverContext context, Function<Phase, PhaseProgress> history) {
        if (!context.dryRun()) {
            for (Phase earlier : Phase.values()) {
                if (earlier.order() >= phase.order()) break;
                PhaseProgress state = history.apply(earlier);
                if (state != PhaseProgress.PASSED) {
                    throw new StateRefusedException("phase order: " + phase.cliName() + " needs " + earlier.cliName()
                            + " to pass first (it is "
                            + state.name().toLowerCase().replace('_', ' ') + "); run 'abaco cutover "
                            + earlier.cliName() + "' or 'abaco cutover resume'");
                }
            }
        }
        PhaseReport report = PhaseTemplate.execute(phase, works.get(phase), context, phase.order() + 1, total());
        return result(context, List.of(report));
    }

    private CutoverResult runFrom(Phase first, CutoverContext context) {
        List<PhaseReport> reports = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            if (phase.order() < first.order()) continue;
            PhaseReport report = PhaseTemplate.execute(phase, works.get(phase), context, phase.order() + 1, total());
            reports.add(report);
            if (report.status() == PhaseStatus.FAIL) break;
        }
        return result(context, reports);
    }

    private CutoverResult result(CutoverContext context, List<PhaseReport> reports) {
        PhaseReport last = reports.get(reports.size() - 1);
        String status = context.dryRun() ? "DRY_RUN" : last.status() == PhaseStatus.FAIL ? "FAIL" : "PASS";
        return new CutoverResult(context.cutoverId(), status, reports, nextCommand(last, status));
    }

    private static String nextCommand(PhaseReport last, String status) {
        if (status.equals("DRY_RUN")) return "abaco cutover run";
        if (status.equals("FAIL"))
            return "abaco cutover resume   (after fixing: " + last.error() + ")  or  abaco rollback";
        boolean complete = last.phase().order() == total() - 1;
        return complete ? null : "abaco cutover resume";
    }

    private static int total() {
        return Phase.values().length;
    }
}
