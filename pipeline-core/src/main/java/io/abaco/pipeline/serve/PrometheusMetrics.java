package io.abaco.pipeline.serve;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a {@link ServeSnapshot} in the Prometheus text exposition format 0.0.4 ({@link #CONTENT_TYPE}).
 *
 * <p>Metrics: {@code abaco_up}, {@code abaco_runs_total{status}}, {@code abaco_rows_processed_total} (successful
 * runs), {@code abaco_last_run_success}, {@code abaco_last_run_timestamp_seconds} (completion of the last run),
 * {@code abaco_last_run_duration_seconds} and {@code abaco_kpi_value{kpi}} (the last <em>successful</em> run, so a
 * failed run does not blank the dashboards). A gauge with nothing to report yet keeps its HELP/TYPE lines and has
 * no sample, rather than a made-up 0. Stateless and thread-safe.
 */
public final class PrometheusMetrics {
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private PrometheusMetrics() {}

    public static String render(ServeSnapshot snapshot) {
        StringBuilder out = new StringBuilder(1024);
        header(out, "abaco_up", "gauge", "1 while the abaco V2 service answers.");
        out.append("abaco_up 1\n");

        header(
                out,
                "abaco_runs_total",
                "counter",
                "Scheduled pipeline runs completed since the service started, by outcome.");
        out.append("abaco_runs_total{status=\"success\"} ")
                .append(snapshot.successfulRuns())
                .append('\n');
        out.append("abaco_runs_total{status=\"failed\"} ")
                .append(snapshot.failedRuns())
                .append('\n');

        header(
                out,
                "abaco_rows_processed_total",
                "counter",
                "Rows processed by successful runs since the service started.");
        out.append("abaco_rows_processed_total ")
                .append(snapshot.rowsProcessed())
                .append('\n');

        JobOutcome last = snapshot.lastRun();
        header(out, "abaco_last_run_success", "gauge", "1 if the last completed run succeeded, 0 if it failed.");
        if (last != null)
            out.append("abaco_last_run_success ")
                    .append(last.succeeded() ? 1 : 0)
                    .append('\n');

        header(
                out,
                "abaco_last_run_timestamp_seconds",
                "gauge",
                "Completion time of the last run, seconds since the Unix epoch.");
        if (last != null) {
            out.append("abaco_last_run_timestamp_seconds ")
                    .append(seconds(last.completedAt().toEpochMilli()))
                    .append('\n');
        }

        header(out, "abaco_last_run_duration_seconds", "gauge", "Wall time of the last run in seconds.");
        if (last != null) {
            out.append("abaco_last_run_duration_seconds ")
                    .append(seconds(last.durationMs()))
                    .append('\n');
        }

        header(
                out,
                "abaco_kpi_value",
                "gauge",
                "KPI values of the last successful run (percent; portfolio_health 0-10).");
        JobOutcome success = snapshot.lastSuccess();
        if (success != null) {
            for (Map.Entry<String, Double> kpi : new TreeMap<>(success.kpis()).entrySet()) {
                out.append("abaco_kpi_value{kpi=\"")
                        .append(escapeLabel(kpi.getKey()))
                        .append("\"} ")
                        .append(number(kpi.getValue()))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static void header(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static String seconds(long millis) {
        return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
    }

    /** Go float syntax, which Prometheus parses: NaN and ±Inf spelled its way. */
    static String number(double value) {
        if (Double.isNaN(value)) return "NaN";
        if (Double.isInfinite(value)) return value > 0 ? "+Inf" : "-Inf";
        return Double.toString(value);
    }

    static String escapeLabel(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
