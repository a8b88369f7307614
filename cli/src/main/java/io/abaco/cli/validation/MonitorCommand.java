package io.abaco.cli.validation;

import io.abaco.cli.AbacoSubcommand;
import io.abaco.config.Secrets;
import io.abaco.error.UsageException;
import io.abaco.error.VerdictException;
import io.abaco.validation.Sleeper;
import io.abaco.validation.Validator;
import io.abaco.validation.monitor.DurationText;
import io.abaco.validation.monitor.Monitor;
import io.abaco.validation.monitor.MonitorSettings;
import io.abaco.validation.monitor.MonitorSummary;
import io.abaco.validation.monitor.MonitorSummaryText;
import io.abaco.validation.report.ValidationReport;
import io.abaco.validation.report.ValidationReportText;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code abaco monitor [--interval 1h] [--duration 24h]}: {@code validate} on an interval for the monitoring window,
 * one line per run, the trend at the end (also on SIGTERM/SIGINT, which end the window early).
 */
@Command(
        name = "monitor",
        description = "Run 'validate' every --interval for --duration (the 24-hour window after a cutover): one line"
                + " per run, then the trend (logs/validation/monitor-summary.json). SIGTERM/SIGINT end it early with"
                + " the summary. Exit 1 unless the window ends ready for hand-off.")
public final class MonitorCommand extends AbacoSubcommand {
    private static final Duration SHUTDOWN_GRACE = Duration.ofMinutes(2);
    private static final int STABLE_RUNS = 3;

    @Option(
            names = "--interval",
            paramLabel = "DURATION",
            defaultValue = "1h",
            description = "Time between runs (2s, 30m, 1h; default 1h).")
    private String interval;

    @Option(
            names = "--duration",
            paramLabel = "DURATION",
            defaultValue = "24h",
            description = "Length of the window (default 24h).")
    private String duration;

    @Override
    public Integer call() {
        Duration every = DurationText.parse("--interval", interval);
        Duration window = DurationText.parse("--duration", duration);
        if (every.isZero()) throw new UsageException("--interval: must be longer than 0s");
        loadConfig(); // a broken configuration is exit 2 now, not 24 failed runs
        Clock clock = Clock.systemUTC();
        Validator validator = new Validator();
        Monitor monitor = new Monitor(
                () -> validateOnce(validator, clock),
                new MonitorSettings(every, window, STABLE_RUNS),
                Monitor.summaryFile(workspace()),
                clock,
                Sleeper.system());
        CountDownLatch summaryPrinted = new CountDownLatch(1);
        Thread hook = new Thread(() -> stopAndWait(monitor, summaryPrinted), "abaco-monitor-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        MonitorSummary summary;
        try {
            summary = monitor.run();
            out().print(MonitorSummaryText.render(summary));
            out().flush();
        } finally {
            summaryPrinted.countDown();
            removeHook(hook);
        }
        MonitorSummary.DecisionPoint handoff =
                summary.decisions().get(summary.decisions().size() - 1);
        if (!"yes".equals(handoff.answer())) {
            throw new VerdictException("monitoring: not ready for hand-off (" + handoff.reason() + ")");
        }
        return 0;
    }

    /** Reloads the configuration each run (it may be fixed during the window) and prints the run's line. */
    private ValidationReport validateOnce(Validator validator, Clock clock) {
        try {
            ValidationReport report = validator.validate(workspace(), loadConfig(), environment(), clock);
            out().println(ValidationReportText.line(report));
            out().flush();
            return report;
        } catch (RuntimeException e) {
            out().println(clock.instant() + " ERROR  " + Secrets.redact(String.valueOf(e.getMessage())));
            out().flush();
            throw e;
        }
    }

    /** SIGTERM/SIGINT: end the window after the current run and let the summary be printed before the JVM exits. */
    private static void stopAndWait(Monitor monitor, CountDownLatch summaryPrinted) {
        monitor.stop();
        try {
            summaryPrinted.await(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting: the hook is running and waits for this summary
        }
    }
}
