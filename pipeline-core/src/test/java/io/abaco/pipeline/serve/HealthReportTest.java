package io.abaco.pipeline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthReportTest {
    private static final Instant START = Instant.parse("2026-11-22T08:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_state_follows_the_last_run_and_shutdown() {
        ServeSnapshot starting = ServeSnapshot.startingAt(START);
        ServeSnapshot failed = starting.withOutcome(JobOutcome.failed(null, START, START, "x"));
        ServeSnapshot recovered =
                failed.withOutcome(JobOutcome.success("run_b", START, START.plusSeconds(1), 1, Map.of()));

        assertThat(HealthState.of(starting)).isEqualTo(HealthState.STARTING);
        assertThat(HealthState.of(failed)).isEqualTo(HealthState.DEGRADED);
        assertThat(HealthState.of(recovered)).isEqualTo(HealthState.OK);
        assertThat(HealthState.of(recovered.asStopping())).isEqualTo(HealthState.STOPPING);
        assertThat(HealthState.STARTING.httpStatus()).isEqualTo(200);
        assertThat(HealthState.OK.httpStatus()).isEqualTo(200);
        assertThat(HealthState.DEGRADED.httpStatus()).isEqualTo(503);
        assertThat(HealthState.STOPPING.httpStatus()).isEqualTo(503);
    }

    @Test
    void json_has_the_documented_keys_in_order() throws Exception {
        ServeSnapshot snapshot = ServeSnapshot.startingAt(START)
                .withOutcome(JobOutcome.failed("run_c", START, START.plusMillis(250), "tape missing"));

        String json = JSON.writeValueAsString(HealthReport.of(snapshot, START.plusSeconds(90), "0.1.0"));

        assertThat(json)
                .isEqualTo("{\"status\":\"degraded\",\"last_run\":{\"run_id\":\"run_c\",\"status\":\"failed\","
                        + "\"completed_at\":\"2026-11-22T08:00:00.250Z\",\"duration_ms\":250,\"error\":\"tape missing\"},"
                        + "\"uptime_seconds\":90,\"version\":\"0.1.0\"}");
    }

    @Test
    void snapshots_count_runs_and_rows_of_successes_only() {
        ServeSnapshot snapshot = ServeSnapshot.startingAt(START)
                .withOutcome(JobOutcome.success("run_a", START, START, 10, Map.of("par_30", 1.0)))
                .withOutcome(JobOutcome.failed(null, START, START, "x"))
                .withOutcome(JobOutcome.success("run_b", START, START, 5, Map.of("par_30", 2.0)));

        assertThat(snapshot.successfulRuns()).isEqualTo(2);
        assertThat(snapshot.failedRuns()).isEqualTo(1);
        assertThat(snapshot.rowsProcessed()).isEqualTo(15);
        assertThat(snapshot.lastSuccess().kpis()).containsEntry("par_30", 2.0);
    }

    @Test
    void a_thrown_failure_is_described_without_secrets() {
        io.abaco.config.Secrets.register("hunter2-password");

        assertThat(JobRunner.describe(new IllegalStateException("login hunter2-password refused")))
                .isEqualTo("java.lang.IllegalStateException: login *** refused");
        assertThat(JobRunner.describe(new NullPointerException())).isEqualTo("java.lang.NullPointerException");
    }
}
