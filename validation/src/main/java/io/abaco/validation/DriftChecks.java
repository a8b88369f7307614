package io.abaco.validation;

import io.abaco.error.InputDataException;
import io.abaco.validation.check.ValidationContext;
import io.abaco.validation.drift.BaselineFile;
import io.abaco.validation.drift.DriftEntry;
import io.abaco.validation.drift.KpiDrift;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * KPI drift of the latest run against the pre-cutover V1 baseline ({@link BaselineFile}) and the previous report.
 * No run → both SKIPPED (the run's absence already fails the checks that need it); no baseline → SKIPPED; an
 * unreadable baseline → FAIL naming the file.
 */
record DriftChecks(List<DriftEntry> entries, List<CheckResult> checks) {
    static final String BASELINE_CHECK = "kpi_drift_" + KpiDrift.BASELINE;
    static final String PREVIOUS_CHECK = "kpi_drift_" + KpiDrift.PREVIOUS_REPORT;

    DriftChecks {
        entries = List.copyOf(entries);
        checks = List.copyOf(checks);
    }

    static DriftChecks assess(ValidationContext context, KpiDrift drift) {
        if (context.latestRun() == null) {
            String why = "no KPIs to compare: no successful pipeline run";
            return new DriftChecks(
                    List.of(),
                    List.of(CheckResult.skipped(BASELINE_CHECK, why), CheckResult.skipped(PREVIOUS_CHECK, why)));
        }
        Map<String, Double> current = context.latestRun().summary().kpis();
        List<DriftEntry> entries = new ArrayList<>();
        List<CheckResult> checks = new ArrayList<>();

        Optional<Path> baselineFile = BaselineFile.latest(context.workspace());
        if (baselineFile.isEmpty()) {
            checks.add(CheckResult.skipped(
                    BASELINE_CHECK, "no pre-cutover baseline (logs/cutover/<latest>/" + BaselineFile.FILE_NAME + ")"));
        } else {
            try {
                Map<String, Double> baseline = KpiValuesFile.read(baselineFile.get());
                List<DriftEntry> vsBaseline = drift.compare(current, baseline, KpiDrift.BASELINE);
                entries.addAll(vsBaseline);
                checks.add(withSource(drift.check(KpiDrift.BASELINE, vsBaseline), context.display(baselineFile.get())));
            } catch (InputDataException e) {
                checks.add(CheckResult.fail(BASELINE_CHECK, null, null, e.getMessage()));
            }
        }

        Map<String, Double> previous =
                context.previous().map(report -> report.kpis()).orElse(Map.of());
        List<DriftEntry> vsPrevious = drift.compare(current, previous, KpiDrift.PREVIOUS_REPORT);
        entries.addAll(vsPrevious);
        CheckResult previousCheck = drift.check(KpiDrift.PREVIOUS_REPORT, vsPrevious);
        checks.add(
                context.previous().isPresent() && previousCheck.status() != CheckStatus.SKIPPED
                        ? withSource(
                                previousCheck,
                                "report of " + context.previousReport().timestamp())
                        : previousCheck);
        return new DriftChecks(entries, checks);
    }

    private static CheckResult withSource(CheckResult check, String source) {
        return new CheckResult(
                check.name(),
                check.status(),
                check.observed(),
                check.threshold(),
                check.message() + " (" + source + ")");
    }
}
