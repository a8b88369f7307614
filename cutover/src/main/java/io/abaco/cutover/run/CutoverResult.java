package io.abaco.cutover.run;

import io.abaco.cutover.report.PhaseReport;
import java.util.List;

/**
 * What one {@code cutover run|resume|<phase>} did.
 *
 * @param status PASS when every phase run passed, FAIL at the first failure, DRY_RUN for a dry run
 * @param nextCommand the exact command an operator should run next, or null when the cutover is complete
 */
public record CutoverResult(String cutoverId, String status, List<PhaseReport> phases, String nextCommand) {
    public CutoverResult {
        phases = List.copyOf(phases);
    }

    public boolean failed() {
        return "FAIL".equals(status);
    }
}
