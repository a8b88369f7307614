package io.abaco.pipeline.serve;

import static io.abaco.pipeline.serve.ScriptedJob.fails;
import static io.abaco.pipeline.serve.ScriptedJob.succeeds;
import static io.abaco.pipeline.serve.ScriptedJob.throwsException;
import static io.abaco.pipeline.serve.ServeTesting.eventually;
import static io.abaco.pipeline.serve.ServeTesting.get;
import static io.abaco.pipeline.serve.ServeTesting.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abaco.config.Secrets;
import io.abaco.config.model.ServeConfig;
import io.abaco.error.InputDataException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PipelineServiceHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant START = Instant.parse("2026-11-22T08:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final CountDownLatch release = new CountDownLatch(1);
    private PipelineService service;

    @AfterEach
    void stop() {
        release.countDown();
        if (service != null) service.close();
    }

    private PipelineService start(double scheduleSeconds, ScheduledJob job) {
        ServeOptions options = ServeOptions.of("1.2.3").withClock(clock).withShutdownGrace(Duration.ofSeconds(5));
        service = PipelineService.start(new ServeConfig("127.0.0.1", 0, scheduleSeconds), job, options);
        return service;
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        return JSON.readTree(response.body());
    }

    @Test
    void health_is_starting_with_200_until_a_run_completes() throws Exception {
        CountDownLatch runStarted = new CountDownLatch(1);
        start(0, () -> {
            runStarted.countDown();
            release.await();
            return null;
        });
        runStarted.await();
        clock.advance(Duration.ofSeconds(42));

        HttpResponse<String> response = get(service, "/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("status").asText()).isEqualTo("starting");
        assertThat(body.get("last_run").isNull()).isTrue();
        assertThat(body.get("uptime_seconds").asLong()).isEqualTo(42);
        assertThat(body.get("version").asText()).isEqualTo("1.2.3");
        assertThat(service.port()).isPositive();
        assertThat(service.baseUri().toString()).isEqualTo("http://127.0.0.1:" + service.port());
    }

    @Test
    void health_is_ok_with_the_last_run_after_a_success() throws Exception {
        start(0, new ScriptedJob(clock, succeeds(120)));
        eventually("the run is recorded", () -> service.snapshot().lastRun() != null);

        HttpResponse<String> response = get(service, "/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("status").asText()).isEqualTo("ok");
        JsonNode lastRun = body.get("last_run");
        assertThat(lastRun.get("run_id").asText()).isEqualTo("run_1");
        assertThat(lastRun.get("status").asText()).isEqualTo("success");
        assertThat(lastRun.get("completed_at").asText()).isEqualTo("2026-11-22T08:00:01.500Z");
        assertThat(lastRun.get("duration_ms").asLong()).isEqualTo(1500);
        assertThat(lastRun.has("error")).isFalse();
        assertThat(body.fieldNames()).toIterable().containsExactly("status", "last_run", "uptime_seconds", "version");
    }

    @Test
    void health_is_503_degraded_after_a_failed_run_and_hides_secrets_in_the_error() throws Exception {
        Secrets.register("s3cr3t-cookie-value");
        start(0, new ScriptedJob(clock, fails("cascade refused cookie s3cr3t-cookie-value")));
        eventually("the run is recorded", () -> service.snapshot().lastRun() != null);

        HttpResponse<String> response = get(service, "/health");

        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode body = json(response);
        assertThat(body.get("status").asText()).isEqualTo("degraded");
        assertThat(body.get("last_run").get("status").asText()).isEqualTo("failed");
        assertThat(body.get("last_run").get("error").asText()).isEqualTo("cascade refused cookie ***");
        assertThat(response.body()).doesNotContain("s3cr3t-cookie-value");
    }

    @Test
    void a_throwing_job_is_recorded_as_failed_and_the_service_keeps_running_the_schedule() throws Exception {
        ScriptedJob job = new ScriptedJob(
                clock,
                throwsException(new InputDataException("data/raw/tape.csv:7:3: dpd_7_30_usd: not a number 'x'")),
                throwsException(new IllegalStateException("boom")),
                succeeds(10));
        start(0.01, job);

        eventually("a run after the two failures", () -> service.snapshot().successfulRuns() >= 1);

        ServeSnapshot snapshot = service.snapshot();
        assertThat(snapshot.failedRuns()).isEqualTo(2);
        assertThat(get(service, "/health").statusCode()).isEqualTo(200);
        assertThat(json(get(service, "/health")).get("status").asText()).isEqualTo("ok");
    }

    @Test
    void a_thrown_failure_is_described_for_operators_in_health() throws Exception {
        start(
                0,
                new ScriptedJob(clock, throwsException(new InputDataException("data/raw/tape.csv:7:3: not a number"))));
        eventually("the run is recorded", () -> service.snapshot().lastRun() != null);

        JsonNode lastRun = json(get(service, "/health")).get("last_run");

        assertThat(lastRun.get("run_id").isNull()).isTrue();
        assertThat(lastRun.get("status").asText()).isEqualTo("failed");
        assertThat(lastRun.get("error").asText()).isEqualTo("data/raw/tape.csv:7:3: not a number");
    }

    @Test
    void metrics_count_runs_and_show_the_last_successful_kpis() throws Exception {
        ScriptedJob job = new ScriptedJob(clock, succeeds(100), succeeds(50), fails("db down"));
        start(0.01, job);
        eventually("three runs", () -> service.snapshot().failedRuns() >= 1);

        HttpResponse<String> response = get(service, "/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
        // Later runs keep failing; counters only grow. Read what this scrape saw.
        ExpositionParser.Exposition metrics = ExpositionParser.parse(response.body());
        assertThat(metrics.sample("abaco_up")).isEqualTo(1.0);
        assertThat(metrics.sample("abaco_runs_total{status=\"success\"}")).isEqualTo(2.0);
        assertThat(metrics.sample("abaco_runs_total{status=\"failed\"}")).isGreaterThanOrEqualTo(1.0);
        assertThat(metrics.sample("abaco_rows_processed_total")).isEqualTo(150.0);
        assertThat(metrics.sample("abaco_last_run_success")).isEqualTo(0.0);
        assertThat(metrics.sample("abaco_kpi_value{kpi=\"par_30\"}")).isEqualTo(17.5);
        assertThat(metrics.sample("abaco_kpi_value{kpi=\"par_90\"}")).isEqualTo(10.0);
        assertThat(metrics.sample("abaco_kpi_value{kpi=\"collection_rate\"}")).isEqualTo(10.0);
        assertThat(metrics.sample("abaco_kpi_value{kpi=\"portfolio_health\"}")).isEqualTo(8.25);
        assertThat(metrics.type("abaco_runs_total")).isEqualTo("counter");
        assertThat(metrics.type("abaco_kpi_value")).isEqualTo("gauge");
    }

    @Test
    void the_success_counter_increments_with_each_run() {
        start(0.01, new ScriptedJob(clock, succeeds(1)));
        eventually("a first run", () -> service.snapshot().successfulRuns() >= 1);
        double first =
                ExpositionParser.parse(get(service, "/metrics").body()).sample("abaco_runs_total{status=\"success\"}");

        eventually("a later run", () -> service.snapshot().successfulRuns() > first);
        double later =
                ExpositionParser.parse(get(service, "/metrics").body()).sample("abaco_runs_total{status=\"success\"}");

        assertThat(first).isGreaterThanOrEqualTo(1.0);
        assertThat(later).isGreaterThan(first);
    }

    @Test
    void unknown_paths_are_404_and_other_methods_405() {
        start(0, new ScriptedJob(clock, succeeds(1)));

        assertThat(get(service, "/").statusCode()).isEqualTo(404);
        assertThat(get(service, "/healthz").statusCode()).isEqualTo(404);
        assertThat(get(service, "/health/extra").statusCode()).isEqualTo(404);
        assertThat(send(service, "POST", "/nope").statusCode()).isEqualTo(404);

        HttpResponse<String> post = send(service, "POST", "/health");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET");
        assertThat(send(service, "DELETE", "/metrics").statusCode()).isEqualTo(405);
        assertThat(send(service, "PUT", "/health").statusCode()).isEqualTo(405);
        assertThat(get(service, "/health?verbose=1").statusCode()).isEqualTo(200);
    }
}
