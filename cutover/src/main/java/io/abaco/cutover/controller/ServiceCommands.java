package io.abaco.cutover.controller;

import io.abaco.config.Secrets;
import io.abaco.config.Workspace;
import io.abaco.config.model.CutoverConfig;
import io.abaco.config.model.ServiceConfig;
import io.abaco.error.ConfigException;
import io.abaco.error.ConfigProblem;
import io.abaco.error.ExternalServiceException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What {@code abaco service start|stop|status v1|v2}, {@code v1-stop}, {@code v2-activate} and rollback call:
 * each action observes before and after and returns a {@link ServiceActionResult}; failures throw {@link
 * ExternalServiceException}. Not thread-safe.
 */
public final class ServiceCommands {
    private final CutoverConfig cutover;
    private final Workspace workspace;
    private final boolean dryRun;
    private final Function<ServiceName, ServiceController> factory;
    private final Map<ServiceName, ServiceController> controllers = new EnumMap<>(ServiceName.class);

    /**
     * @param environment handed to every child process (PATH included)
     * @param dryRun when true, start and stop change nothing and say what they would do
     */
    public ServiceCommands(
            CutoverConfig cutover, Workspace workspace, Map<String, String> environment, boolean dryRun) {
        this(
                cutover,
                workspace,
                dryRun,
                name -> ServiceControllers.create(
                        name.label(), config(cutover, workspace, name), workspace, environment, dryRun));
    }

    ServiceCommands(
            CutoverConfig cutover,
            Workspace workspace,
            boolean dryRun,
            Function<ServiceName, ServiceController> factory) {
        this.cutover = cutover;
        this.workspace = workspace;
        this.dryRun = dryRun;
        this.factory = factory;
    }

    /** The controller of {@code service}, built on first use. */
    public ServiceController controller(ServiceName service) {
        return controllers.computeIfAbsent(service, factory);
    }

    /** Starts the service and waits (up to {@code start_timeout_seconds}) until it is healthy. */
    public ServiceActionResult start(ServiceName service) {
        long started = System.nanoTime();
        ServiceController controller = controller(service);
        ServiceStatus before = controller.status();
        ControlResult result = controller.start();
        ServiceStatus after = controller.waitUntilHealthy(startTimeout(service));
        return result(service, result, before, after, started);
    }

    /** Stops the service and verifies that it no longer runs. */
    public ServiceActionResult stop(ServiceName service) {
        long started = System.nanoTime();
        ServiceController controller = controller(service);
        ServiceStatus before = controller.status();
        ControlResult result = controller.stop();
        ServiceStatus after = controller.status();
        if (result.changed() && after.running()) {
            throw new ExternalServiceException(Secrets.redact(service.label() + " still running after stop: "
                    + after.detail() + LogTail.forMessage(controller.logTail(20))));
        }
        return result(service, result, before, after, started);
    }

    public ServiceActionResult status(ServiceName service) {
        long started = System.nanoTime();
        ServiceStatus now = controller(service).status();
        return new ServiceActionResult(
                service.label(), "status", false, now, now, elapsedMs(started), service.label() + ": " + now.detail());
    }

    /**
     * {@code v1-stop}: waits for an in-flight run (bounded by {@code in_flight_wait_seconds}; a dry run only looks),
     * stops the service, verifies it, and keeps the last {@code logLines} lines of its log.
     */
    public DrainedStop stopAfterInFlightRun(ServiceName service, int logLines) {
        InFlightRun inFlight = InFlightRun.of(service.label(), config(cutover, workspace, service), workspace);
        InFlightWait waited = dryRun ? inFlight.peek() : inFlight.await();
        ServiceActionResult stop = stop(service);
        return new DrainedStop(waited, stop, controller(service).logTail(logLines));
    }

    private Duration startTimeout(ServiceName service) {
        return Durations.ofSeconds(
                config(cutover, workspace, service).startTimeoutSeconds(), ServiceControllers.DEFAULT_START_TIMEOUT);
    }

    private static ServiceActionResult result(
            ServiceName service, ControlResult result, ServiceStatus before, ServiceStatus after, long started) {
        return new ServiceActionResult(
                service.label(),
                result.action(),
                result.changed(),
                before,
                after,
                elapsedMs(started),
                service.label() + ": " + result.message());
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static ServiceConfig config(CutoverConfig cutover, Workspace workspace, ServiceName service) {
        ServiceConfig config = cutover == null ? null : (service == ServiceName.V1 ? cutover.v1() : cutover.v2());
        if (config == null) {
            throw new ConfigException(new ConfigProblem(
                    workspace.display(workspace.masterConfig()),
                    0,
                    0,
                    "cutover." + service.label(),
                    "not configured: abaco cannot drive " + service.label() + " without it"));
        }
        return config;
    }
}
