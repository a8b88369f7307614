package io.abaco.cutover.controller;

import java.time.Duration;
import java.util.List;

/**
 * The controller of a dry run: start and stop only say what the real controller would do; status and log reads,
 * which change nothing, are answered by the real controller so that a plan shows the real state.
 */
final class DryRunController implements ServiceController {
    private final String service;
    private final ServiceController real;

    DryRunController(String service, ServiceController real) {
        this.service = service;
        this.real = real;
    }

    @Override
    public ControlResult start() {
        return new ControlResult("start", false, "dry run: would start " + service + " via " + real.describe());
    }

    @Override
    public ControlResult stop() {
        return new ControlResult("stop", false, "dry run: would stop " + service + " via " + real.describe());
    }

    @Override
    public ServiceStatus status() {
        return real.status();
    }

    @Override
    public ServiceStatus waitUntilHealthy(Duration timeout) {
        return ServiceStatus.unknown(
                "dry run: would wait up to " + Durations.seconds(timeout) + " for " + service + " to be healthy");
    }

    @Override
    public List<String> logTail(int lines) {
        return real.logTail(lines);
    }

    @Override
    public String describe() {
        return "dry run of " + real.describe();
    }
}
