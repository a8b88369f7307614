package io.abaco.pipeline.calc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four KPIs of one set of rows.
 *
 * @param rows rows the sums were taken over
 * @param details the four values in {@link KpiCalculator#NAMES} order, with status and reason
 */
public record KpiResult(long rows, List<KpiValue> details) {
    public KpiResult {
        details = List.copyOf(details);
    }

    /** KPI name → value, in {@link KpiCalculator#NAMES} order. */
    public Map<String, Double> values() {
        Map<String, Double> values = new LinkedHashMap<>();
        for (KpiValue kpi : details) values.put(kpi.name(), kpi.value());
        return values;
    }

    public KpiValue get(String name) {
        for (KpiValue kpi : details) {
            if (kpi.name().equals(name)) return kpi;
        }
        throw new IllegalArgumentException("no KPI named " + name);
    }

    public double value(String name) {
        return get(name).value();
    }
}
