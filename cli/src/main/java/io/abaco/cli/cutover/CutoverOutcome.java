package io.abaco.cli.cutover;

import io.abaco.cutover.report.PhaseReport;
import io.abaco.cutover.run.CutoverResult;
import io.abaco.validation.CheckResult;
import java.io.PrintWriter;

/** Renders a {@link CutoverResult} and turns its verdict into an exit code. */
final class CutoverOutcome {
    private CutoverOutcome() {}

    static int print(
            CutoverResult result, PrintWriter out, boolean json, java.util.function.Consumer<Object> jsonPrinter) {
        if (json) {
            jsonPrinter.accept(result);
        } else {
            out.println("cutover " + result.cutoverId() + ": " + result.status());
            if (result.status().equals("DRY_RUN")) {
                for (PhaseReport report : result.phases()) {
                    for (CheckResult check : report.checks()) {
                        out.println("  " + report.phase().cliName() + ": " + check.name() + " — " + check.message());
                    }
                }
            }
            if (result.nextCommand() != null) out.println("next: " + result.nextCommand());
            out.flush();
        }
        return result.failed() ? 1 : 0;
    }
}
