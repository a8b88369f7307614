package io.abaco.config.model;

import java.util.List;
import java.util.Map;

/** KPI thresholds by KPI name (par_30, par_90, collection_rate, portfolio_health), time-series grains (daily, weekly, monthly) and anomaly detection. */
public record CalculationConfig(Map<String, KpiThreshold> kpis, List<String> timeseries, AnomalyConfig anomaly) {
    public CalculationConfig {
        kpis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kpis));
        timeseries = List.copyOf(timeseries);
    }
}
