package io.abaco.cutover.controller;

import io.abaco.config.Secrets;
import io.abaco.error.ExternalServiceException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Drives a systemd unit with {@code systemctl start|stop|is-active} and reads its log with {@code journalctl}.
 * Health is {@code is-active} plus the optional health URL.
 */
final class SystemdController implements ServiceController {
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(30);
    private static final Set<String> STOPPED_STATES = Set.of("inactive", "failed", "dead");

    private final String service;
    private final String unit;
    private final CommandRunner runner;
    private final HealthProbe health;
    private final Duration startTimeout;
    private final Duration stopTimeout;
    private final HealthWait healthWait;

    SystemdController(
            String service,
            String unit,
            CommandRunner runner,
            HealthProbe health,
            Duration startTimeout,
            Duration stopTimeout,
            HealthWait healthWait) {
        this.service = service;
        this.unit = unit;
        this.runner = runner;
        this.health = health;
        this.startTimeout = startTimeout;
        this.stopTimeout = stopTimeout;
        this.healthWait = healthWait;
    }

    @Override
    public ControlResult start() {
        if (status().running()) return new ControlResult("start", false, "already active (unit " + unit + ")");
        CommandResult result = runner.run(List.of("systemctl", "start", unit), null, startTimeout);
        if (!result.succeeded()) throw failure("systemctl start " + unit + " failed (" + result.summary() + ")");
        ServiceStatus after = status();
        if (!after.running()) throw failure("unit " + unit + " is not active after systemctl start: " + after.detail());
        return new ControlResult("start", true, "started unit " + unit);
    }

    @Override
    public ControlResult stop() {
        if (status().state() == ServiceState.STOPPED) {
            return new ControlResult("stop", false, "not active (unit " + unit + ")");
        }
        CommandResult result = runner.run(List.of("systemctl", "stop", unit), null, stopTimeout);
        if (!result.succeeded()) throw failure("systemctl stop " + unit + " failed (" + result.summary() + ")");
        ServiceStatus after = status();
        if (after.running()) throw failure("unit " + unit + " still active after systemctl stop: " + after.detail());
        return new ControlResult("stop", true, "stopped unit " + unit);
    }

    @Override
    public ServiceStatus status() {
        CommandResult result = runner.run(List.of("systemctl", "is-active", unit), null, QUERY_TIMEOUT);
        String answer = result.output().lines().findFirst().orElse("").strip();
        String seen = "unit " + unit + " is " + (answer.isEmpty() ? "?" : answer);
        if (result.succeeded()) {
            if (health == null) return new ServiceStatus(ServiceState.RUNNING, true, null, seen, null);
            HealthProbe.Observation observation = health.check();
            return new ServiceStatus(
                    ServiceState.RUNNING,
                    observation.healthy(),
                    null,
                    seen + (observation.healthy() ? ", healthy" : ", not healthy"),
                    observation.detail());
        }
        if (!result.timedOut() && STOPPED_STATES.contains(answer)) return ServiceStatus.stopped(seen);
        return ServiceStatus.unknown("systemctl is-active " + unit + ": " + result.summary());
    }

    @Override
    public ServiceStatus waitUntilHealthy(Duration timeout) {
        return healthWait.await(
                service,
                timeout,
                this::status,
                status -> status.detail().endsWith(" is failed"),
                () -> LogTail.forMessage(logTail(20)));
    }

    @Override
    public List<String> logTail(int lines) {
        if (lines <= 0) return List.of();
        CommandResult result = runner.run(
                List.of("journalctl", "-u", unit, "-n", Integer.toString(lines), "--no-pager"), null, QUERY_TIMEOUT);
        List<String> output = result.output().lines().toList();
        if (!result.succeeded()) return List.of("(journalctl -u " + unit + ": " + result.summary() + ")");
        return output.subList(Math.max(0, output.size() - lines), output.size());
    }

    @Override
    public String describe() {
        return Secrets.redact("systemd: unit " + unit + (health == null ? "" : ", health " + health.displayUrl()));
    }

    private ExternalServiceException failure(String message) {
        return new ExternalServiceException(Secrets.redact(service + ": " + message + LogTail.forMessage(logTail(20))));
    }
}
