package io.abaco.pipeline.calc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accumulates {@link KpiSums} per period for each configured grain. Memory grows with the number of distinct
 * periods, not rows. Not thread-safe: one per thread, then {@link #merge}.
 */
public final class TimeSeries {
    private final Map<Grain, TreeMap<String, KpiSums>> byGrain = new EnumMap<>(Grain.class);
    // consecutive rows usually share a date: skip the period formatting for them
    private LocalDate lastDate;
    private final List<KpiSums> lastSums = new ArrayList<>();

    public TimeSeries(List<Grain> grains) {
        for (Grain grain : grains) byGrain.put(grain, new TreeMap<>());
    }

    public List<Grain> grains() {
        return List.copyOf(byGrain.keySet());
    }

    public void add(LocalDate date, double[] amounts) {
        if (byGrain.isEmpty()) return;
        if (!date.equals(lastDate)) {
            lastSums.clear();
            for (Map.Entry<Grain, TreeMap<String, KpiSums>> entry : byGrain.entrySet()) {
                lastSums.add(entry.getValue().computeIfAbsent(entry.getKey().period(date), key -> new KpiSums()));
            }
            lastDate = date;
        }
        for (KpiSums sums : lastSums) sums.add(amounts);
    }

    public void merge(TimeSeries other) {
        other.byGrain.forEach((grain, periods) -> {
            TreeMap<String, KpiSums> mine = byGrain.computeIfAbsent(grain, key -> new TreeMap<>());
            periods.forEach((period, sums) ->
                    mine.computeIfAbsent(period, key -> new KpiSums()).merge(sums));
        });
        lastDate = null;
    }

    /** The points of one grain, in period order. */
    public List<TimeSeriesPoint> points(Grain grain, KpiCalculator calculator) {
        List<TimeSeriesPoint> points = new ArrayList<>();
        byGrain.getOrDefault(grain, new TreeMap<>()).forEach((period, sums) -> {
            KpiResult kpis = calculator.calculate(sums);
            points.add(new TimeSeriesPoint(
                    grain.configName(),
                    period,
                    sums.rows(),
                    kpis.value(KpiCalculator.PAR_30),
                    kpis.value(KpiCalculator.PAR_90),
                    kpis.value(KpiCalculator.COLLECTION_RATE),
                    kpis.value(KpiCalculator.PORTFOLIO_HEALTH)));
        });
        return points;
    }
}
