package io.abaco.pipeline.run;

import io.abaco.config.model.CalculationConfig;
import io.abaco.pipeline.calc.Anomaly;
import io.abaco.pipeline.calc.AnomalyDetector;
import io.abaco.pipeline.calc.Grain;
import io.abaco.pipeline.calc.KpiCalculator;
import io.abaco.pipeline.calc.KpiResult;
import io.abaco.pipeline.calc.TimeSeriesPoint;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The calculation phase's results: KPIs of the whole tape, time series per configured grain, and anomalies against
 * the previous successful run.
 */
record RunCalculation(KpiResult kpis, Map<Grain, List<TimeSeriesPoint>> series, List<Anomaly> anomalies) {
    RunCalculation {
        series = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(series));
        anomalies = List.copyOf(anomalies);
    }

    static RunCalculation of(CalculationConfig config, TapeProcessor processor, Path runsDir, String runId) {
        KpiCalculator calculator = new KpiCalculator(config.kpis());
        KpiResult kpis = calculator.calculate(processor.sums());
        Map<Grain, List<TimeSeriesPoint>> series = new LinkedHashMap<>();
        for (Grain grain : processor.timeSeries().grains()) {
            series.put(grain, processor.timeSeries().points(grain, calculator));
        }
        List<Anomaly> anomalies = List.of();
        if (config.anomaly() != null) {
            Optional<RunRecord> previous = RunHistory.latest(runsDir, runId);
            anomalies = new AnomalyDetector(config.anomaly().maxChangePct())
                    .detect(
                            kpis.values(),
                            previous.map(run -> run.summary().kpis()).orElse(null),
                            previous.map(run -> run.summary().runId()).orElse(null));
        }
        return new RunCalculation(kpis, series, anomalies);
    }
}
