package io.abaco.validation.check;

import io.abaco.pipeline.run.RunSummary;
import io.abaco.validation.CheckResult;
import io.abaco.validation.Numbers;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code error_rate}: the share of the latest run's rows that ingestion rejected (lenient mode), rejected /
 * rows_read × 100, against {@code validation.thresholds.error_rate_pct}.
 */
public final class ErrorRateCheck implements ValidationCheck {
    public static final String NAME = "error_rate";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckResult run(ValidationContext context) {
        if (context.latestRun() == null) return context.noRun(NAME);
        double threshold = context.settings().validation().thresholds().errorRatePct();
        RunSummary summary = context.latestRun().summary();
        RunSummary.InputSummary input = summary.input();
        if (input == null) {
            return CheckResult.fail(
                    NAME, null, threshold, "the summary of " + summary.runId() + " records no input counts");
        }
        double rate = input.rowsRead() == 0 ? 0.0 : (double) input.rejected() / input.rowsRead() * 100.0;
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put("error_rate_pct", rate);
        observed.put("rejected", input.rejected());
        observed.put("rows_read", input.rowsRead());
        String measured = input.rejected() + " of " + input.rowsRead() + " rows rejected in " + summary.runId() + " ("
                + Numbers.format(rate) + "%)";
        return rate > threshold
                ? CheckResult.fail(
                        NAME, observed, threshold, measured + " > error_rate_pct " + Numbers.format(threshold) + "%")
                : CheckResult.pass(
                        NAME, observed, threshold, measured + " ≤ error_rate_pct " + Numbers.format(threshold) + "%");
    }
}
