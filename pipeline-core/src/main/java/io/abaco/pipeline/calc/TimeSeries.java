package io.abaco.pipeline.calc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Accumulates {@link KpiSums} per day; weeks and months are merged from the days when asked (merging exact sums is
 * exact), so each row is added once whatever the number of grains. Memory grows with the number of distinct days,
 * not rows. Not thread-safe: one per thread, then {@link #merge}.
 */
public final class TimeSeries {
    private final Set<Grain> grains;
    private final java.util.HashMap<LocalDate, KpiSums> days = new java.util.HashMap<>();
    // consecutive rows usually share a date: skip the map lookup for them
    private LocalDate lastDate;
    private KpiSums lastSums;

    public TimeSeries(List<Grain> grains) {
        this.grains = grains.isEmpty() ? EnumSet.noneOf(Grain.class) : EnumSet.copyOf(grains);
    }

    public List<Grain> grains() {
        return List.copyOf(grains);
    }

    public void add(LocalDate date, double[] amounts) {
        if (grains.isEmpty()) return;
        if (!date.equals(lastDate)) {
            lastSums = days.computeIfAbsent(date, key -> new KpiSums());
            lastDate = date;
        }
        lastSums.add(amounts);
    }

    public void merge(TimeSeries other) {
        other.days.forEach(
                (date, sums) -> days.computeIfAbsent(date, key -> new KpiSums()).merge(sums));
        lastDate = null;
        lastSums = null;
    }

    /** The points of one grain, in period order; empty when the grain is not configured. */
    public List<TimeSeriesPoint> points(Grain grain, KpiCalculator calculator) {
        List<TimeSeriesPoint> points = new ArrayList<>();
        if (!grains.contains(grain)) return points;
        TreeMap<String, KpiSums> periods = new TreeMap<>();
        for (Map.Entry<LocalDate, KpiSums> day : new TreeMap<>(days).entrySet()) {
            periods.computeIfAbsent(grain.period(day.getKey()), key -> new KpiSums())
                    .merge(day.getValue());
        }
        periods.forEach((period, sums) -> {
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
