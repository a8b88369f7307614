package io.abaco.validation.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.validation.CheckResult;
import io.abaco.validation.CheckStatus;
import io.abaco.validation.ReportStatus;
import io.abaco.validation.Sleeper;
import io.abaco.validation.ValidationJson;
import io.abaco.validation.drift.KpiDrift;
import io.abaco.validation.monitor.MonitorSummary.CheckStats;
import io.abaco.validation.monitor.MonitorSummary.DecisionPoint;
import io.abaco.validation.report.ValidationReport;
import io.abaco.validation.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitorTest {
    private static final Instant T0 = Instant.parse("2026-11-22T00:00:00Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(T0);
    /** Sleeping moves the test clock instead of waiting. */
    private final Sleeper fastForward = clock::advance;

    private ValidationReport report(CheckStatus integrity, double latencyMs, double par30) {
        KpiDrift drift = new KpiDrift(5);
        Map<String, Double> kpis = Map.of("par_30", par30);
        List<CheckResult> checks = List.of(
                new CheckResult("data_integrity", integrity, 0, 0, "integrity"),
                CheckResult.pass("performance", Map.of("latency_ms", latencyMs, "memory_mb", 40.0), 100.0, "fast"));
        return ValidationReport.of(
                clock.instant(),
                "production",
                checks,
                List.of(),
                kpis,
                drift.compare(kpis, Map.of("par_30", 4.0), KpiDrift.BASELINE));
    }

    /** Each run yields the next planned outcome; a null outcome throws like a validation that crashed. */
    private Supplier<ValidationReport> planned(List<ValidationReportPlan> plan, List<String> summariesSeen) {
        Iterator<ValidationReportPlan> next = plan.iterator();
        return () -> {
            Path summary = dir.resolve("monitor-summary.json");
            summariesSeen.add(Files.exists(summary) ? read(summary).runs() + " runs" : "none");
            ValidationReportPlan step = next.next();
            if (step.integrity() == null) throw new IllegalStateException("database went away");
            return report(step.integrity(), step.latencyMs(), step.par30());
        };
    }

    record ValidationReportPlan(CheckStatus integrity, double latencyMs, double par30) {}

    private static MonitorSummary read(Path file) {
        try {
            return ValidationJson.mapper().readValue(Files.readString(file), MonitorSummary.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aFullWindowSummarisesChecksLatencyDriftAndDecisions() {
        List<String> seen = new ArrayList<>();
        List<ValidationReportPlan> plan = List.of(
                new ValidationReportPlan(CheckStatus.PASS, 30, 4.0),
                new ValidationReportPlan(CheckStatus.PASS, 10, 4.1),
                new ValidationReportPlan(null, 0, 0),
                new ValidationReportPlan(CheckStatus.WARN, 50, 4.2),
                new ValidationReportPlan(CheckStatus.PASS, 20, 4.0),
                new ValidationReportPlan(CheckStatus.PASS, 40, 4.0),
                new ValidationReportPlan(CheckStatus.PASS, 60, 4.0));
        Path file = dir.resolve("monitor-summary.json");
        Monitor monitor = new Monitor(
                planned(plan, seen),
                new MonitorSettings(Duration.ofMinutes(10), Duration.ofMinutes(60), 3),
                file,
                clock,
                fastForward);

        MonitorSummary summary = monitor.run();

        assertThat(summary.state()).isEqualTo("completed");
        assertThat(summary.runs()).isEqualTo(7);
        assertThat(summary.history())
                .extracting(MonitorSummary.RunRecord::at)
                .containsExactly(
                        T0,
                        T0.plusSeconds(600),
                        T0.plusSeconds(1200),
                        T0.plusSeconds(1800),
                        T0.plusSeconds(2400),
                        T0.plusSeconds(3000),
                        T0.plusSeconds(3600));
        assertThat(summary.runsByStatus())
                .containsEntry(ReportStatus.PASS, 5)
                .containsEntry(ReportStatus.WARN, 1)
                .containsEntry(ReportStatus.FAIL, 1);
        assertThat(summary.history().get(2).error()).isEqualTo("IllegalStateException: database went away");
        assertThat(summary.checks()).containsEntry("data_integrity", new CheckStats(6, 5, 1, 0, 0));
        assertThat(summary.latencyMs()).isEqualTo(new MonitorSummary.LatencyStats(6, 10, 35, 60));
        assertThat(summary.kpiDrift().get("par_30"))
                .hasSize(6)
                .extracting(MonitorSummary.DriftPoint::driftPct)
                .containsExactly(0.0, 2.5, 5.0, 0.0, 0.0, 0.0);
        assertThat(summary.decisions())
                .extracting(DecisionPoint::name, DecisionPoint::due, DecisionPoint::answer, DecisionPoint::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "stable", T0.plusSeconds(1200), "no", "1 FAIL in the last 3 runs"),
                        org.assertj.core.groups.Tuple.tuple(
                                "handoff", T0.plusSeconds(3600), "yes", "0 FAIL in the last 3 runs"));
        assertThat(seen)
                .as("the summary is rewritten after every run")
                .containsExactly("none", "1 runs", "2 runs", "3 runs", "4 runs", "5 runs", "6 runs");
        assertThat(read(file)).isEqualTo(summary);
    }

    @Test
    void aRunThatOverrunsSkipsTheSlotsItMissed() {
        AtomicInteger calls = new AtomicInteger();
        Supplier<ValidationReport> slowSecond = () -> {
            if (calls.incrementAndGet() == 2) clock.advance(Duration.ofMinutes(25));
            return report(CheckStatus.PASS, 1, 4.0);
        };
        Monitor monitor = new Monitor(
                slowSecond,
                new MonitorSettings(Duration.ofMinutes(10), Duration.ofMinutes(60), 2),
                dir.resolve("s.json"),
                clock,
                fastForward);

        MonitorSummary summary = monitor.run();

        assertThat(summary.history())
                .extracting(MonitorSummary.RunRecord::at)
                .containsExactly(
                        T0, T0.plusSeconds(600), T0.plusSeconds(2400), T0.plusSeconds(3000), T0.plusSeconds(3600));
        assertThat(summary.history().get(1).durationMs())
                .isEqualTo(Duration.ofMinutes(25).toMillis());
    }

    @Test
    void stopEndsASleepingMonitorAndLeavesAStoppedSummary() throws Exception {
        CountDownLatch twoRuns = new CountDownLatch(2);
        Supplier<ValidationReport> validate = () -> {
            twoRuns.countDown();
            return report(CheckStatus.PASS, 1, 4.0);
        };
        Path file = dir.resolve("monitor-summary.json");
        Monitor monitor = new Monitor(
                validate,
                new MonitorSettings(Duration.ofMillis(20), Duration.ofHours(24), 3),
                file,
                Clock.systemUTC(),
                Sleeper.system());
        Thread thread = new Thread(monitor::run, "monitor");
        thread.start();

        assertThat(twoRuns.await(30, TimeUnit.SECONDS)).isTrue();
        monitor.stop();

        assertThat(monitor.awaitFinished(Duration.ofSeconds(30))).isTrue();
        thread.join(TimeUnit.SECONDS.toMillis(30));
        MonitorSummary summary = read(file);
        assertThat(summary.state()).isEqualTo("stopped");
        assertThat(summary.runs()).isGreaterThanOrEqualTo(2);
        assertThat(summary.decisions()).extracting(DecisionPoint::answer).containsExactly("not_reached", "not_reached");
        assertThat(thread.isAlive()).isFalse();
    }

    @Test
    void decisionPointsArePendingWhileTheWindowRuns() {
        List<MonitorSummary> during = new ArrayList<>();
        Path file = dir.resolve("monitor-summary.json");
        AtomicInteger calls = new AtomicInteger();
        Supplier<ValidationReport> validate = () -> {
            if (calls.incrementAndGet() == 2) during.add(read(file));
            return report(CheckStatus.PASS, 1, 4.0);
        };

        MonitorSummary done = new Monitor(
                        validate,
                        new MonitorSettings(Duration.ofMinutes(10), Duration.ofMinutes(30), 2),
                        file,
                        clock,
                        fastForward)
                .run();

        assertThat(during.get(0).state()).isEqualTo("running");
        assertThat(during.get(0).decisions()).extracting(DecisionPoint::answer).containsExactly("pending", "pending");
        assertThat(done.decisions()).extracting(DecisionPoint::answer).containsExactly("yes", "yes");
        assertThat(done.decisions().get(0).due()).isEqualTo(T0.plusSeconds(600));
    }

    @Test
    void theShutdownHookReturnsOnlyOnceTheStoppedSummaryIsWritten() throws Exception {
        CountDownLatch firstRun = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<ValidationReport> validate = () -> {
            firstRun.countDown();
            try {
                release.await(30, TimeUnit.SECONDS); // a validation still running when the signal arrives
            } catch (InterruptedException e) {
                throw new AssertionError("the validation itself must not be interrupted", e);
            }
            return report(CheckStatus.PASS, 1, 4.0);
        };
        Path file = dir.resolve("monitor-summary.json");
        Monitor monitor = new Monitor(
                validate,
                new MonitorSettings(Duration.ofMillis(20), Duration.ofHours(24), 3),
                file,
                Clock.systemUTC(),
                Sleeper.system());
        Thread thread = new Thread(monitor::run, "monitor");
        thread.start();
        assertThat(firstRun.await(30, TimeUnit.SECONDS)).isTrue();

        Thread hook = monitor.shutdownHook(Duration.ofSeconds(30));
        hook.start();
        // release the validation only once the hook has asked to stop and is waiting for the summary
        for (int i = 0; i < 3000 && hook.getState() != Thread.State.TIMED_WAITING; i++) Thread.sleep(10);
        assertThat(hook.getState()).isEqualTo(Thread.State.TIMED_WAITING);
        assertThat(thread.isAlive()).isTrue();
        release.countDown();
        hook.join(TimeUnit.SECONDS.toMillis(30));

        MonitorSummary summary = read(file);
        assertThat(summary.state()).isEqualTo("stopped");
        assertThat(summary.runs()).isEqualTo(1);
        assertThat(summary.history().get(0).error()).isNull();
        thread.join(TimeUnit.SECONDS.toMillis(30));
    }
}
