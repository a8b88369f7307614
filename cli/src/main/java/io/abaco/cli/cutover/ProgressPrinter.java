package io.abaco.cli.cutover;

import io.abaco.cutover.Phase;
import io.abaco.cutover.report.PhaseReport;
import io.abaco.cutover.run.CutoverProgress;
import io.abaco.validation.CheckResult;
import io.abaco.validation.CheckStatus;
import java.io.PrintWriter;

/**
 * Progress lines for people: {@code [3/6] staging-validate …} when a phase starts, its notes indented, then
 * {@code [3/6] staging-validate PASS (1.2 s)} with one line per check that did not pass.
 */
final class ProgressPrinter implements CutoverProgress {
    private final PrintWriter out;
    private int position;
    private int total;

    ProgressPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void phaseStarted(Phase phase, int position, int total) {
        this.position = position;
        this.total = total;
        out.println(prefix(phase) + " …");
        out.flush();
    }

    @Override
    public void note(Phase phase, String message) {
        out.println("      " + message);
        out.flush();
    }

    @Override
    public void phaseFinished(PhaseReport report) {
        out.println(prefix(report.phase()) + " " + report.status() + " (" + seconds(report.durationMs()) + ")");
        for (CheckResult check : report.checks()) {
            if (check.status() == CheckStatus.PASS) continue;
            out.println("      " + mark(check.status()) + " " + check.name() + ": " + check.message());
        }
        out.flush();
    }

    private String prefix(Phase phase) {
        return "[" + position + "/" + total + "] " + phase.cliName();
    }

    static String mark(CheckStatus status) {
        return switch (status) {
            case PASS -> "✓";
            case FAIL -> "✗";
            case WARN -> "!";
            case SKIPPED -> "-";
        };
    }

    static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
