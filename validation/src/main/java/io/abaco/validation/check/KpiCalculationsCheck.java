package io.abaco.validation.check;

import io.abaco.config.model.KpiThreshold;
import io.abaco.error.InputDataException;
import io.abaco.pipeline.calc.KpiCalculator;
import io.abaco.pipeline.calc.KpiRecomputation;
import io.abaco.pipeline.calc.KpiResult;
import io.abaco.pipeline.calc.KpiStatus;
import io.abaco.pipeline.calc.KpiValue;
import io.abaco.pipeline.output.OutputFile;
import io.abaco.pipeline.run.RunHistory;
import io.abaco.pipeline.run.RunRecord;
import io.abaco.validation.CheckResult;
import io.abaco.validation.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code kpi_calculations}: the KPIs recorded in the latest run's {@code summary.json} are recomputed from every
 * loans file of its manifest ({@link KpiRecomputation}) and must match exactly (the DESIGN §6 rounding makes them
 * reproducible; portfolio_health, not rounded, within {@value #HEALTH_EPSILON}); each must lie in its range ([0, 100],
 * health [0, 10]); and each recorded status must be the one its thresholds give. A status that differs while the
 * configuration changed since the run is a WARN (the thresholds moved), not a FAIL.
 */
public final class KpiCalculationsCheck implements ValidationCheck {
    public static final String NAME = "kpi_calculations";
    static final double HEALTH_EPSILON = 1e-9;
    private static final String THRESHOLD =
            "recomputed = recorded (portfolio_health ±1e-9); [0,100], portfolio_health [0,10]; status by thresholds";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckResult run(ValidationContext context) {
        if (context.latestRun() == null) return context.noRun(NAME);
        RunRecord run = context.latestRun();
        String summaryFile = context.display(run.directory().resolve(RunHistory.SUMMARY));
        Map<String, Double> recorded = run.summary().kpis();
        Map<String, KpiThreshold> thresholds =
                context.settings().pipeline().calculation().kpis();
        List<String> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        List<OutputFile> loans = LoansFiles.all(run.manifest());
        if (loans.isEmpty())
            failures.add("the manifest of " + run.summary().runId() + " lists no loans file to recompute from");
        Map<String, Map<String, Double>> recomputed = new LinkedHashMap<>();
        for (OutputFile file : loans) {
            try {
                KpiResult result =
                        KpiRecomputation.recompute(LoansFiles.resolve(context.workspace(), file), thresholds);
                recomputed.put(file.path(), result.values());
                compare(recorded, result.values(), summaryFile, file.path(), failures);
            } catch (InputDataException | java.io.UncheckedIOException e) {
                failures.add(file.path() + ": cannot recompute the KPIs: " + e.getMessage());
            }
        }
        checkDetails(run, recorded, failures);
        checkRanges(recorded, summaryFile, failures);
        boolean configChanged = run.manifest() != null
                && !Objects.equals(
                        run.manifest().configSha256(), context.config().sha256());
        checkStatuses(run, thresholds, configChanged ? warnings : failures, configChanged);

        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put("recorded", recorded);
        observed.put("recomputed", recomputed);
        if (!failures.isEmpty()) return CheckResult.fail(NAME, observed, THRESHOLD, String.join("; ", failures));
        if (!warnings.isEmpty()) return CheckResult.warn(NAME, observed, THRESHOLD, String.join("; ", warnings));
        return CheckResult.pass(
                NAME,
                observed,
                THRESHOLD,
                "the " + recorded.size() + " KPIs of " + run.summary().runId() + " recomputed from " + loans.size()
                        + " loans file(s) match, in range, statuses consistent");
    }

    private static void compare(
            Map<String, Double> recorded,
            Map<String, Double> recomputed,
            String summaryFile,
            String loansFile,
            List<String> failures) {
        for (String kpi : KpiCalculator.NAMES) {
            Double expected = recomputed.get(kpi);
            Double actual = recorded.get(kpi);
            if (actual == null) {
                if (!failures.contains(kpi + ": missing from " + summaryFile))
                    failures.add(kpi + ": missing from " + summaryFile);
                continue;
            }
            if (!matches(kpi, actual, expected)) {
                failures.add(kpi + ": recorded " + Numbers.format(actual) + " in " + summaryFile + ", recomputed "
                        + Numbers.format(expected) + " from " + loansFile);
            }
        }
    }

    static boolean matches(String kpi, double recorded, double recomputed) {
        if (kpi.equals(KpiCalculator.PORTFOLIO_HEALTH)) return Math.abs(recorded - recomputed) <= HEALTH_EPSILON;
        return Double.compare(recorded, recomputed) == 0 || recorded == recomputed;
    }

    /** kpi_details must say what kpis says: two records of one value that disagree mean one was edited. */
    private static void checkDetails(RunRecord run, Map<String, Double> recorded, List<String> failures) {
        for (KpiValue detail : run.summary().kpiDetails()) {
            Double value = recorded.get(detail.name());
            if (value != null && Double.compare(value, detail.value()) != 0) {
                failures.add("kpi_details." + detail.name() + " = " + Numbers.format(detail.value())
                        + " differs from kpis." + detail.name() + " = " + Numbers.format(value));
            }
        }
    }

    private static void checkRanges(Map<String, Double> recorded, String summaryFile, List<String> failures) {
        for (Map.Entry<String, Double> kpi : recorded.entrySet()) {
            double max = kpi.getKey().equals(KpiCalculator.PORTFOLIO_HEALTH) ? 10 : 100;
            double value = kpi.getValue();
            if (!(value >= 0 && value <= max)) {
                failures.add(kpi.getKey() + " = " + Numbers.format(value) + " in " + summaryFile + " is outside [0, "
                        + (int) max + "]");
            }
        }
    }

    private static void checkStatuses(
            RunRecord run, Map<String, KpiThreshold> thresholds, List<String> into, boolean configChanged) {
        KpiCalculator calculator = new KpiCalculator(thresholds);
        for (KpiValue detail : run.summary().kpiDetails()) {
            KpiStatus expected = calculator.status(detail.name(), detail.value());
            if (detail.status() != expected) {
                into.add(detail.name() + " status is " + wire(detail.status()) + " but "
                        + Numbers.format(detail.value()) + " is " + expected.wireName() + " by its thresholds"
                        + (configChanged ? " (the configuration changed since the run)" : ""));
            }
        }
    }

    private static String wire(KpiStatus status) {
        return status == null ? "missing" : status.wireName();
    }
}
