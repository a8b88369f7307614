package io.abaco.cutover.phase;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abaco.cutover.Phase;
import io.abaco.cutover.run.CutoverContext;
import io.abaco.cutover.run.PhaseOutcome;
import io.abaco.cutover.run.PhaseWork;
import io.abaco.error.StateRefusedException;
import io.abaco.pipeline.run.ProgressListener;
import io.abaco.pipeline.run.RunRequest;
import io.abaco.pipeline.run.RunResult;
import io.abaco.validation.CheckResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Phase 5: a real V2 run on the production input into the production outputs; outputs verified against the
 * manifest, audit trail intact, and each KPI within {@code validation.thresholds.kpi_drift_pct} of the pre-cutover
 * V1 baseline recorded by staging-validate.
 */
public final class PostValidatePhase implements PhaseWork {
    @Override
    public PhaseOutcome execute(CutoverContext context) {
        context.note(Phase.POST_VALIDATE, "running V2 on the production input");
        Optional<RunResult> production = context.effects()
                .runPipeline(RunRequest.of(
                        context.config(), context.workspace(), null, context.environment(), ProgressListener.NONE));
        PhaseOutcome.Builder outcome = new PhaseOutcome.Builder();
        if (production.isEmpty()) {
            return outcome.check(CheckResult.skipped("production_run", "dry run: V2 was not run"))
                    .build();
        }
        RunResult run = production.get();
        outcome.check(CheckResult.pass(
                "production_run",
                run.summary().input().accepted() + " rows accepted",
                null,
                "V2 run " + run.summary().runId() + " in " + run.summary().durationMs() + " ms"));
        outcome.checks(RunChecks.of(context, context.config().config(), run));
        double threshold = context.config().config().validation().thresholds().kpiDriftPct();
        Map<String, Double> baseline = baseline(context.cutoverDir().resolve(StagingValidatePhase.BASELINE));
        outcome.check(drift(run.summary().kpis(), baseline, threshold));
        return outcome.build();
    }

    static CheckResult drift(Map<String, Double> current, Map<String, Double> baseline, double thresholdPct) {
        Map<String, Double> variances = new LinkedHashMap<>();
        StringBuilder above = new StringBuilder();
        for (var kpi : baseline.entrySet()) {
            Double now = current.get(kpi.getKey());
            double variance = now == null ? 100 : variancePct(kpi.getValue(), now);
            variances.put(kpi.getKey(), variance);
            if (variance > thresholdPct) {
                above.append(above.length() == 0 ? "" : "; ")
                        .append(kpi.getKey())
                        .append(' ')
                        .append(kpi.getValue())
                        .append(" → ")
                        .append(now)
                        .append(" (")
                        .append(String.format("%.3f", variance))
                        .append("%)");
            }
        }
        return above.length() == 0
                ? CheckResult.pass(
                        "kpi_drift_vs_v1_baseline", variances, thresholdPct, "every KPI within the drift threshold")
                : CheckResult.fail("kpi_drift_vs_v1_baseline", variances, thresholdPct, "above threshold: " + above);
    }

    /** DESIGN §10: |v2 − v1| / |v1| × 100; both zero → 0; v1 zero → 100. */
    static double variancePct(double v1, double v2) {
        if (v1 == 0) return v2 == 0 ? 0 : 100;
        return Math.abs(v2 - v1) / Math.abs(v1) * 100;
    }

    private static Map<String, Double> baseline(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StateRefusedException("no pre-cutover V1 baseline (" + file.getFileName()
                    + "): staging-validate must pass first in this cutover");
        }
        try {
            return new ObjectMapper().readValue(file.toFile(), new TypeReference<LinkedHashMap<String, Double>>() {});
        } catch (IOException e) {
            throw new StateRefusedException("unreadable V1 baseline " + file + ": " + e.getMessage());
        }
    }
}
