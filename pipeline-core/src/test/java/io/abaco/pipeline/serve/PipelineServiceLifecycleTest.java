package io.abaco.pipeline.serve;

import static io.abaco.pipeline.serve.ScriptedJob.succeeds;
import static io.abaco.pipeline.serve.ServeTesting.eventually;
import static io.abaco.pipeline.serve.ServeTesting.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abaco.config.model.ServeConfig;
import io.abaco.error.StateRefusedException;
import io.abaco.error.UsageException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class PipelineServiceLifecycleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T08:00:00Z"));
    private final CountDownLatch release = new CountDownLatch(1);
    private PipelineService service;

    @AfterEach
    void stop() {
        release.countDown();
        if (service != null) service.close();
    }

    private PipelineService start(double scheduleSeconds, Duration grace, ScheduledJob job) {
        ServeOptions options = ServeOptions.of("test").withClock(clock).withShutdownGrace(grace);
        service = PipelineService.start(new ServeConfig("127.0.0.1", 0, scheduleSeconds), job, options);
        return service;
    }

    @Test
    void runs_never_overlap_even_when_a_run_outlasts_the_schedule() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        start(0.001, Duration.ofSeconds(5), () -> {
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
                return succeeds(1).run(clock, runs.incrementAndGet());
            } finally {
                running.decrementAndGet();
            }
        });

        eventually("five runs", () -> service.snapshot().successfulRuns() >= 5);

        assertThat(maxRunning.get()).isEqualTo(1);
    }

    @Test
    void schedule_zero_runs_the_job_once_then_only_serves() throws Exception {
        ScriptedJob job = new ScriptedJob(clock, succeeds(7));
        start(0, Duration.ofSeconds(5), job);
        eventually("the run is recorded", () -> service.snapshot().lastRun() != null);

        Thread.sleep(200); // room for a wrongly scheduled second run to show up

        assertThat(job.calls()).isEqualTo(1);
        assertThat(service.snapshot().successfulRuns()).isEqualTo(1);
        assertThat(get(service, "/health").statusCode()).isEqualTo(200);
    }

    @Test
    void shutdown_lets_an_in_flight_run_finish_within_the_grace() throws Exception {
        CountDownLatch runStarted = new CountDownLatch(1);
        start(0.01, Duration.ofSeconds(20), () -> {
            runStarted.countDown();
            release.await();
            return succeeds(3).run(clock, 1);
        });
        assertThat(runStarted.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> closing = CompletableFuture.runAsync(service::close);
        eventually("shutdown has begun", () -> service.snapshot().stopping());

        assertThat(service.awaitStop(Duration.ofMillis(200)))
                .as("close waits for the run")
                .isFalse();
        assertThat(get(service, "/health").statusCode())
                .as("still answering while draining")
                .isEqualTo(503);
        assertThat(get(service, "/health").body()).contains("\"status\":\"stopping\"");
        release.countDown();
        closing.get(10, TimeUnit.SECONDS);

        assertThat(service.snapshot().successfulRuns()).isEqualTo(1);
        assertThat(service.snapshot().lastRun().runId()).isEqualTo("run_1");
        assertThat(service.awaitStop(Duration.ZERO)).isTrue();
        assertThatThrownBy(() -> get(service, "/health")).hasMessageContaining("failed");
    }

    @Test
    void shutdown_abandons_a_run_that_outlasts_the_grace() throws Exception {
        CountDownLatch runStarted = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        start(0, Duration.ofMillis(100), () -> {
            runStarted.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.set(true);
                throw e;
            }
            return null;
        });
        assertThat(runStarted.await(10, TimeUnit.SECONDS)).isTrue();

        service.close();

        assertThat(service.awaitStop(Duration.ZERO)).isTrue();
        eventually("the abandoned run is interrupted", interrupted::get);
        assertThatThrownBy(() -> get(service, "/health")).hasMessageContaining("failed");
    }

    @Test
    void no_run_starts_after_close_and_a_second_close_is_harmless() throws Exception {
        ScriptedJob job = new ScriptedJob(clock, succeeds(1));
        start(0.01, Duration.ofSeconds(5), job);
        eventually("two runs", () -> job.calls() >= 2);

        service.close();
        int callsAtClose = job.calls();
        Thread.sleep(100); // several schedule periods

        assertThat(job.calls()).isEqualTo(callsAtClose);
        service.close();
        assertThat(service.snapshot().stopping()).isTrue();
    }

    @Test
    void a_port_in_use_is_refused_naming_the_address() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ServeConfig config = new ServeConfig("127.0.0.1", taken.getLocalPort(), 0);
            ScriptedJob job = new ScriptedJob(clock, succeeds(1));

            assertThatThrownBy(() -> PipelineService.start(config, job, ServeOptions.of("test")))
                    .isInstanceOf(StateRefusedException.class)
                    .hasMessageStartingWith("serve: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ")
                    .hasMessageEndingWith("(is another abaco serve running?)");
            assertThat(job.calls()).isZero();
        }
    }

    @Test
    void unusable_schedule_and_port_are_refused_naming_the_key() {
        ScriptedJob job = new ScriptedJob(clock, succeeds(1));

        assertThatThrownBy(() -> PipelineService.start(new ServeConfig(null, 0, -1), job, ServeOptions.of("t")))
                .isInstanceOf(UsageException.class)
                .hasMessage("serve.schedule_seconds: -1.0 is not a number of seconds ≥ 0 (0 runs the pipeline once at"
                        + " start)");
        assertThatThrownBy(() -> PipelineService.start(new ServeConfig(null, 0, Double.NaN), job, ServeOptions.of("t")))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("serve.schedule_seconds: NaN ");
        assertThatThrownBy(() -> PipelineService.start(new ServeConfig(null, 70_000, 0), job, ServeOptions.of("t")))
                .isInstanceOf(UsageException.class)
                .hasMessage("serve.port: 70000 is not a TCP port (0-65535; 0 picks a free one)");
        assertThat(job.calls()).isZero();
    }

    @Test
    void a_missing_host_binds_loopback() {
        ServeOptions options = ServeOptions.of("t").withClock(clock);
        service = PipelineService.start(new ServeConfig(null, 0, 0), new ScriptedJob(clock, succeeds(1)), options);

        assertThat(service.baseUri().getHost()).isEqualTo("127.0.0.1");
        assertThat(get(service, "/health").statusCode()).isEqualTo(200);
    }
}
