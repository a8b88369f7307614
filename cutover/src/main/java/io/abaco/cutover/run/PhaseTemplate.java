package io.abaco.cutover.run;

import io.abaco.config.Secrets;
import io.abaco.cutover.Phase;
import io.abaco.cutover.report.PhaseReport;
import io.abaco.cutover.report.PhaseStatus;
import io.abaco.error.AbacoException;
import io.abaco.pipeline.crash.CrashPoints;
import io.abaco.validation.CheckResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The one template around every phase (STYLE.md): journal entry, log lines, timing, and the phase report written
 * in {@code finally} — also when the work fails or throws — then the failure is rethrown. Phases write only their
 * work.
 */
public final class PhaseTemplate {
    private PhaseTemplate() {}

    public static PhaseReport execute(Phase phase, PhaseWork work, CutoverContext context, int position, int total) {
        Instant started = context.clock().instant();
        context.progress().phaseStarted(phase, position, total);
        int attempt = context.recorder().phaseStarted(phase);
        context.recorder().note(phase, (context.dryRun() ? "dry run: " : "") + "started (attempt " + attempt + ")");
        CrashPoints.reach("phase." + phase.cliName() + ".started");
        PhaseOutcome outcome = null;
        RuntimeException failure = null;
        try {
            outcome = work.execute(context);
        } catch (RuntimeException e) {
            failure = e;
        }
        // Errors (OutOfMemoryError, a halt) skip the report on purpose: the journal then shows the phase as
        // started and never finished, which status reports as interrupted.
        PhaseReport report = report(phase, context, started, outcome, failure);
        context.recorder().phaseFinished(report);
        context.recorder().note(phase, summary(report));
        context.progress().phaseFinished(report);
        CrashPoints.reach("phase." + phase.cliName() + ".finished");
        if (failure != null) throw failure;
        return report;
    }

    private static PhaseReport report(
            Phase phase, CutoverContext context, Instant started, PhaseOutcome outcome, RuntimeException failure) {
        Instant finished = context.clock().instant();
        List<CheckResult> checks = outcome == null ? List.of() : outcome.checks();
        PhaseStatus status;
        String error = null;
        if (failure != null) {
            status = PhaseStatus.FAIL;
            error = failure instanceof AbacoException
                    ? Secrets.redact(failure.getMessage())
                    : "internal error: " + Secrets.redact(String.valueOf(failure));
        } else if (context.dryRun()) {
            status = PhaseStatus.SKIPPED;
        } else if (outcome.verdictFailed()) {
            status = PhaseStatus.FAIL;
            error = outcome.checks().isEmpty() ? "the phase measured nothing" : firstFailure(outcome.checks());
        } else {
            status = PhaseStatus.PASS;
        }
        return new PhaseReport(
                context.cutoverId(),
                phase,
                status,
                started,
                finished,
                Duration.between(started, finished).toMillis(),
                checks,
                outcome == null ? List.of() : outcome.artifacts(),
                error);
    }

    private static String firstFailure(List<CheckResult> checks) {
        return checks.stream()
                .filter(CheckResult::failed)
                .map(check -> check.name() + ": " + check.message())
                .findFirst()
                .orElse("");
    }

    private static String summary(PhaseReport report) {
        long failed = report.checks().stream().filter(CheckResult::failed).count();
        String line = report.status() + " in " + report.durationMs() + " ms ("
                + report.checks().size() + " checks, " + failed + " failed)";
        return report.error() == null ? line : line + ": " + report.error();
    }
}
