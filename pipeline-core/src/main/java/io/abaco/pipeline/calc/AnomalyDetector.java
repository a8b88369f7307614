package io.abaco.pipeline.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Flags KPIs that moved more than {@code maxChangePct} percent against a previous run. Thread-safe. */
public final class AnomalyDetector {
    private final double maxChangePct;

    public AnomalyDetector(double maxChangePct) {
        this.maxChangePct = maxChangePct;
    }

    /**
     * @param previous KPI values of the previous successful run, or null when there is none (nothing is flagged)
     */
    public List<Anomaly> detect(Map<String, Double> current, Map<String, Double> previous, String previousRunId) {
        List<Anomaly> anomalies = new ArrayList<>();
        if (previous == null) return anomalies;
        current.forEach((name, value) -> {
            Double before = previous.get(name);
            if (before == null) return;
            double change = changePct(before, value);
            if (change > maxChangePct) {
                anomalies.add(new Anomaly(name, before, value, change, maxChangePct, previousRunId));
            }
        });
        return anomalies;
    }

    public static double changePct(double previous, double current) {
        if (previous == current) return 0.0;
        if (previous == 0.0) return 100.0;
        return Math.abs(current - previous) / Math.abs(previous) * 100.0;
    }
}
