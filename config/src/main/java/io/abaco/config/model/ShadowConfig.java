package io.abaco.config.model;

import java.util.Map;

/** V1/V2 comparison: variance above {@code kpiTolerancePct} (percent) is outside tolerance, above {@code haltAbovePct} halts a cutover. {@code kpiTolerances} overrides the tolerance per KPI; {@code absoluteTolerance} is the largest absolute difference always accepted. */
public record ShadowConfig(
        double kpiTolerancePct, double haltAbovePct, Map<String, Double> kpiTolerances, double absoluteTolerance) {
    public ShadowConfig {
        kpiTolerances = Map.copyOf(kpiTolerances);
    }
}
