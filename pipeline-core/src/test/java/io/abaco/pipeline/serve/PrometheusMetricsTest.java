package io.abaco.pipeline.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusMetricsTest {
    private static final Instant START = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void before_any_run_counters_are_zero_and_last_run_gauges_have_no_sample() {
        String text = PrometheusMetrics.render(ServeSnapshot.startingAt(START));

        ExpositionParser.Exposition metrics = ExpositionParser.parse(text);
        assertThat(metrics.samples())
                .containsOnlyKeys(
                        "abaco_up",
                        "abaco_runs_total{status=\"success\"}",
                        "abaco_runs_total{status=\"failed\"}",
                        "abaco_rows_processed_total");
        assertThat(metrics.samples()).containsValues(1.0, 0.0);
        assertThat(metrics.types())
                .containsOnlyKeys(
                        "abaco_up",
                        "abaco_runs_total",
                        "abaco_rows_processed_total",
                        "abaco_last_run_success",
                        "abaco_last_run_timestamp_seconds",
                        "abaco_last_run_duration_seconds",
                        "abaco_kpi_value");
        assertThat(metrics.helps()).containsOnlyKeys(metrics.types().keySet());
    }

    @Test
    void a_failed_run_after_a_success_keeps_the_successful_kpis_and_reports_its_own_time() {
        JobOutcome success =
                JobOutcome.success("run_a", START, START.plusMillis(2_250), 40, Map.of("par_30", 17.5, "par_90", 10.0));
        JobOutcome failure = JobOutcome.failed(null, START.plusSeconds(60), START.plusMillis(60_125), "db down");
        ServeSnapshot snapshot =
                ServeSnapshot.startingAt(START).withOutcome(success).withOutcome(failure);

        String text = PrometheusMetrics.render(snapshot);

        assertThat(text)
                .contains("abaco_runs_total{status=\"success\"} 1\n")
                .contains("abaco_runs_total{status=\"failed\"} 1\n")
                .contains("abaco_rows_processed_total 40\n")
                .contains("abaco_last_run_success 0\n")
                .contains("abaco_last_run_timestamp_seconds " + (START.getEpochSecond() + 60) + ".125\n")
                .contains("abaco_last_run_duration_seconds 0.125\n")
                .contains("abaco_kpi_value{kpi=\"par_30\"} 17.5\n")
                .contains("abaco_kpi_value{kpi=\"par_90\"} 10.0\n");
        assertThat(ExpositionParser.parse(text).sample("abaco_last_run_timestamp_seconds"))
                .isEqualTo(START.getEpochSecond() + 60.125);
    }

    @Test
    void kpis_are_sorted_and_odd_values_and_names_are_written_in_exposition_syntax() {
        Map<String, Double> kpis = new LinkedHashMap<>();
        kpis.put("portfolio_health", Double.NaN);
        kpis.put("collection_rate", Double.POSITIVE_INFINITY);
        kpis.put("odd\"name\\x", 1.0E-4);
        JobOutcome success = JobOutcome.success("run_a", START, START, 0, kpis);

        String text = PrometheusMetrics.render(ServeSnapshot.startingAt(START).withOutcome(success));

        assertThat(text)
                .contains("abaco_kpi_value{kpi=\"collection_rate\"} +Inf\n"
                        + "abaco_kpi_value{kpi=\"odd\\\"name\\\\x\"} 1.0E-4\n"
                        + "abaco_kpi_value{kpi=\"portfolio_health\"} NaN\n")
                .contains("abaco_last_run_duration_seconds 0\n");
        ExpositionParser.Exposition metrics = ExpositionParser.parse(text);
        assertThat(metrics.sample("abaco_kpi_value{kpi=\"odd\\\"name\\\\x\"}")).isEqualTo(1.0E-4);
        assertThat(metrics.sample("abaco_kpi_value{kpi=\"portfolio_health\"}")).isNaN();
    }

    @Test
    void the_parser_used_by_these_tests_rejects_malformed_expositions() {
        String help = "# HELP m a metric\n";
        String type = "# TYPE m gauge\n";
        assertThatThrownBy(() -> ExpositionParser.parse("m 1\n")).hasMessageContaining("without HELP and TYPE");
        assertThatThrownBy(() -> ExpositionParser.parse(help + type + "m one\n"))
                .hasMessageContaining("not a float");
        assertThatThrownBy(() -> ExpositionParser.parse(help + type + "m 1")).hasMessageContaining("line feed");
        assertThatThrownBy(() -> ExpositionParser.parse(help + type + "m{k=v} 1\n"))
                .hasMessageContaining("neither HELP, TYPE nor a sample");
        assertThatThrownBy(() -> ExpositionParser.parse(help + type + "m 1\n" + type))
                .hasMessageContaining("second TYPE");
        assertThatThrownBy(() -> ExpositionParser.parse("# HELP c x\n# TYPE c counter\nc 1\n"))
                .hasMessageContaining("counter not named *_total");
        assertThat(ExpositionParser.parse(help + type + "m{k=\"v\"} -2.5e3\n").sample("m{k=\"v\"}"))
                .isEqualTo(-2500.0);
    }
}
