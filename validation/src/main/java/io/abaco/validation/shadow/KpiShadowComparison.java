package io.abaco.validation.shadow;

import static io.abaco.validation.Numbers.format;
import static io.abaco.validation.Numbers.percent;

import io.abaco.config.model.ShadowConfig;
import io.abaco.validation.CheckStatus;
import io.abaco.validation.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares V1's and V2's KPIs one by one (DESIGN §10). The rules, in the order they are tried:
 *
 * <ol>
 *   <li>both zero → variance 0, PASS;
 *   <li>|v2 − v1| ≤ {@code absolute_tolerance} → PASS, whatever the relative variance (tiny values);
 *   <li>variance above {@code halt_above_pct} → FAIL and halt (v1 zero counts as variance 100%);
 *   <li>variance ≤ the KPI's tolerance ({@code kpi_tolerances[kpi]}, else {@code kpi_tolerance_pct}) → PASS;
 *   <li>otherwise FAIL (outside tolerance, below the halt line).
 * </ol>
 *
 * A KPI reported by only one side is FAIL. Immutable and thread-safe.
 */
public final class KpiShadowComparison {
    private final ShadowConfig config;

    public KpiShadowComparison(ShadowConfig config) {
        this.config = config;
    }

    /** |v2 − v1| / |v1| × 100; both zero → 0; v1 zero → 100 (see {@link Numbers#variancePct}). */
    public static double variancePct(double v1, double v2) {
        return Numbers.variancePct(v1, v2);
    }

    /** The relative tolerance for {@code kpi}, in percent. */
    public double toleranceFor(String kpi) {
        return config.kpiTolerances().getOrDefault(kpi, config.kpiTolerancePct());
    }

    /** One row per KPI reported by either side, sorted by name. */
    public List<KpiVariance> compare(Map<String, Double> v1, Map<String, Double> v2) {
        TreeSet<String> names = new TreeSet<>(v1.keySet());
        names.addAll(v2.keySet());
        List<KpiVariance> rows = new ArrayList<>();
        for (String kpi : names) {
            Double one = v1.get(kpi);
            Double two = v2.get(kpi);
            if (one == null || two == null) {
                String rule = one == null ? "missing in V1" : "missing in V2";
                rows.add(new KpiVariance(kpi, one, two, null, null, toleranceFor(kpi), CheckStatus.FAIL, false, rule));
            } else {
                rows.add(compare(kpi, one, two));
            }
        }
        return rows;
    }

    public KpiVariance compare(String kpi, double v1, double v2) {
        double tolerance = toleranceFor(kpi);
        double difference = Math.abs(v2 - v1);
        double variance = variancePct(v1, v2);
        if (v1 == 0.0 && v2 == 0.0) {
            return pass(kpi, v1, v2, difference, variance, tolerance, "both zero: variance 0%");
        }
        if (difference <= config.absoluteTolerance()) {
            String rule = "absolute difference " + format(difference) + " ≤ " + format(config.absoluteTolerance());
            return pass(kpi, v1, v2, difference, variance, tolerance, rule);
        }
        String prefix = v1 == 0.0 ? "v1 is zero: variance 100%; " : "variance " + percent(variance) + "%; ";
        if (variance > config.haltAbovePct()) {
            String rule = prefix + "above halt_above_pct " + percent(config.haltAbovePct()) + "%: halt";
            return new KpiVariance(kpi, v1, v2, difference, variance, tolerance, CheckStatus.FAIL, true, rule);
        }
        if (variance <= tolerance) {
            String rule = prefix + "within " + percent(tolerance) + "% relative tolerance";
            return pass(kpi, v1, v2, difference, variance, tolerance, rule);
        }
        String rule = prefix + "outside " + percent(tolerance) + "% relative tolerance";
        return new KpiVariance(kpi, v1, v2, difference, variance, tolerance, CheckStatus.FAIL, false, rule);
    }

    private static KpiVariance pass(
            String kpi, double v1, double v2, double difference, double variance, double tolerance, String rule) {
        return new KpiVariance(kpi, v1, v2, difference, variance, tolerance, CheckStatus.PASS, false, rule);
    }
}
