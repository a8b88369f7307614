package io.abaco.validation.drift;

import io.abaco.validation.CheckResult;
import io.abaco.validation.CheckStatus;
import io.abaco.validation.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * KPI drift against a reference (the pre-cutover V1 baseline, or the previous validation report).
 *
 * <p>drift % = |current − reference| / |reference| × 100; both zero → 0; reference zero → 100. Against
 * {@code kpi_drift_pct} = T: drift > T is FAIL, drift > T/2 is WARN (an early signal while there is still time to
 * act), otherwise PASS. A KPI present in the reference but missing now is FAIL; KPIs only present now are not
 * compared. Immutable and thread-safe.
 */
public final class KpiDrift {
    public static final String BASELINE = "baseline";
    public static final String PREVIOUS_REPORT = "previous_report";

    private final double thresholdPct;

    /** @param thresholdPct {@code validation.thresholds.kpi_drift_pct}, in percent */
    public KpiDrift(double thresholdPct) {
        this.thresholdPct = thresholdPct;
    }

    /** |current − reference| / |reference| × 100; both zero → 0; reference zero → 100. */
    public static double percent(double current, double reference) {
        return Numbers.variancePct(reference, current);
    }

    /** One entry per KPI of {@code reference}, sorted by KPI name. */
    public List<DriftEntry> compare(Map<String, Double> current, Map<String, Double> reference, String source) {
        List<DriftEntry> entries = new ArrayList<>();
        for (Map.Entry<String, Double> ref : new TreeMap<>(reference).entrySet()) {
            String kpi = ref.getKey();
            Double now = current.get(kpi);
            if (now == null) {
                entries.add(new DriftEntry(
                        kpi, source, ref.getValue(), null, null, thresholdPct, CheckStatus.FAIL, "missing now"));
                continue;
            }
            double pct = percent(now, ref.getValue());
            entries.add(new DriftEntry(kpi, source, ref.getValue(), now, pct, thresholdPct, statusOf(pct), rule(pct)));
        }
        return entries;
    }

    private CheckStatus statusOf(double pct) {
        if (pct > thresholdPct) return CheckStatus.FAIL;
        if (pct > thresholdPct / 2) return CheckStatus.WARN;
        return CheckStatus.PASS;
    }

    private String rule(double pct) {
        String drift = Numbers.format(pct) + "%";
        String limit = Numbers.format(thresholdPct) + "%";
        if (pct > thresholdPct) return "drift " + drift + " > kpi_drift_pct " + limit;
        if (pct > thresholdPct / 2) return "drift " + drift + " > half of kpi_drift_pct " + limit;
        return "drift " + drift + " ≤ half of kpi_drift_pct " + limit;
    }

    /**
     * The check {@code kpi_drift_<source>} summarising {@code entries}: the worst entry decides; observed is the
     * largest drift in percent; SKIPPED when there was no reference to compare with.
     */
    public CheckResult check(String source, List<DriftEntry> entries) {
        String name = "kpi_drift_" + source;
        if (entries.isEmpty()) return CheckResult.skipped(name, "no " + source.replace('_', ' ') + " to compare with");
        CheckStatus worst = CheckStatus.PASS;
        for (DriftEntry entry : entries) {
            if (entry.status().compareTo(worst) > 0) worst = entry.status();
        }
        double largest = entries.stream()
                .filter(e -> e.driftPct() != null)
                .mapToDouble(DriftEntry::driftPct)
                .max()
                .orElse(0);
        DriftEntry decisive = entries.stream()
                .max(Comparator.comparing(DriftEntry::status)
                        .thenComparing(e -> e.driftPct() == null ? Double.MAX_VALUE : e.driftPct()))
                .orElseThrow();
        String message = entries.size() + " KPIs vs " + source.replace('_', ' ') + "; worst " + decisive.kpi() + ": "
                + decisive.rule();
        return new CheckResult(name, worst, largest, thresholdPct, message);
    }

    /**
     * Drift against the baseline and the previous report. A null reference gives a SKIPPED check and no entries.
     */
    public DriftAssessment assess(
            Map<String, Double> current, Map<String, Double> baseline, Map<String, Double> previous) {
        List<DriftEntry> vsBaseline = baseline == null ? List.of() : compare(current, baseline, BASELINE);
        List<DriftEntry> vsPrevious = previous == null ? List.of() : compare(current, previous, PREVIOUS_REPORT);
        List<DriftEntry> all = new ArrayList<>(vsBaseline);
        all.addAll(vsPrevious);
        return new DriftAssessment(all, List.of(check(BASELINE, vsBaseline), check(PREVIOUS_REPORT, vsPrevious)));
    }

    /** Drift entries for the report plus the checks they decided. */
    public record DriftAssessment(List<DriftEntry> entries, List<CheckResult> checks) {
        public DriftAssessment {
            entries = List.copyOf(entries);
            checks = List.copyOf(checks);
        }
    }
}
