package io.abaco.cutover.controller;

import io.abaco.config.Secrets;
import io.abaco.error.ExternalServiceException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Drives the service through the operator's own shell commands ({@code bash -c}, in the working directory): cron
 * toggles, kubectl, docker… {@code status_command} exit 0 means running, non-zero stopped; it is required, because
 * abaco verifies every start and stop it reports.
 */
final class CommandController implements ServiceController {
    private final String service;
    private final CommandSettings settings;
    private final CommandRunner runner;
    private final HealthProbe health;
    private final HealthWait healthWait;

    CommandController(
            String service, CommandSettings settings, CommandRunner runner, HealthProbe health, HealthWait healthWait) {
        this.service = service;
        this.settings = settings;
        this.runner = runner;
        this.health = health;
        this.healthWait = healthWait;
    }

    @Override
    public ControlResult start() {
        if (status().running()) return new ControlResult("start", false, "already running (status_command exit 0)");
        CommandResult result = runner.runShell(settings.startCommand(), settings.workdir(), settings.startTimeout());
        if (!result.succeeded()) throw failure("start_command failed (" + result.summary() + ")");
        return new ControlResult("start", true, outcome("ran start_command", result));
    }

    @Override
    public ControlResult stop() {
        if (status().state() == ServiceState.STOPPED) {
            return new ControlResult("stop", false, "not running (status_command exit non-zero)");
        }
        CommandResult result = runner.runShell(settings.stopCommand(), settings.workdir(), settings.stopTimeout());
        if (!result.succeeded()) throw failure("stop_command failed (" + result.summary() + ")");
        ServiceStatus after = status();
        if (after.running()) throw failure("still running after stop_command: " + after.detail());
        return new ControlResult("stop", true, outcome("ran stop_command", result));
    }

    @Override
    public ServiceStatus status() {
        CommandResult result =
                runner.runShell(settings.statusCommand(), settings.workdir(), CommandSettings.STATUS_TIMEOUT);
        if (result.timedOut()) return ServiceStatus.unknown("status_command timed out");
        if (result.exitCode() != 0)
            return ServiceStatus.stopped(outcome("status_command exit " + result.exitCode(), result));
        String seen = outcome("status_command exit 0", result);
        if (health == null) return new ServiceStatus(ServiceState.RUNNING, true, null, seen, null);
        HealthProbe.Observation observation = health.check();
        return new ServiceStatus(
                ServiceState.RUNNING,
                observation.healthy(),
                null,
                seen + (observation.healthy() ? ", healthy" : ", not healthy"),
                observation.detail());
    }

    @Override
    public ServiceStatus waitUntilHealthy(Duration timeout) {
        return healthWait.await(service, timeout, this::status, status -> false, () -> LogTail.forMessage(logTail(20)));
    }

    @Override
    public List<String> logTail(int lines) {
        return LogTail.of(settings.logFile(), lines);
    }

    @Override
    public String describe() {
        return Secrets.redact("command: start `" + settings.startCommand() + "`, stop `" + settings.stopCommand()
                + "`, status `" + settings.statusCommand() + "` in "
                + settings.workdir() + (health == null ? "" : ", health " + health.displayUrl()));
    }

    private static String outcome(String what, CommandResult result) {
        String firstLine = result.output().lines().findFirst().orElse("");
        return firstLine.isEmpty() ? what : what + ": " + firstLine;
    }

    private ExternalServiceException failure(String message) {
        return new ExternalServiceException(Secrets.redact(service + ": " + message + LogTail.forMessage(logTail(20))));
    }

    /** @param logFile null when not configured */
    record CommandSettings(
            String startCommand,
            String stopCommand,
            String statusCommand,
            Path workdir,
            Path logFile,
            Duration startTimeout,
            Duration stopTimeout) {
        static final Duration STATUS_TIMEOUT = Duration.ofSeconds(30);
    }
}
