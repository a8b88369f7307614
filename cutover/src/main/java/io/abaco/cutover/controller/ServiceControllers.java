package io.abaco.cutover.controller;

import io.abaco.config.Secrets;
import io.abaco.config.Workspace;
import io.abaco.config.model.ServiceConfig;
import io.abaco.error.ConfigException;
import io.abaco.error.ConfigProblem;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the controller a {@link ServiceConfig} asks for ({@code process | systemd | command | http}); with {@code
 * dryRun} the real controller is wrapped so that start and stop change nothing. Missing keys are reported together
 * as one {@link ConfigException} naming each key path.
 */
public final class ServiceControllers {
    /** The accepted values of {@code controller}. */
    public static final List<String> KINDS = List.of("process", "systemd", "command", "http");

    static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(10);

    private ServiceControllers() {}

    /** Same as {@link #create(String, ServiceConfig, Workspace, Map, boolean)} for a service named "service". */
    public static ServiceController create(
            ServiceConfig config, Workspace workspace, Map<String, String> environment, boolean dryRun) {
        return create("service", config, workspace, environment, dryRun);
    }

    /**
     * @param service {@code v1} or {@code v2}: used in messages and in key paths ({@code cutover.v1.command})
     * @param environment the environment handed to every child process (PATH included); the JVM's is not used
     * @throws ConfigException when the controller kind is unknown or a key it needs is missing
     */
    public static ServiceController create(
            String service,
            ServiceConfig config,
            Workspace workspace,
            Map<String, String> environment,
            boolean dryRun) {
        ServiceController real =
                createReal(service, config, workspace, environment, ProcessSettings.DEFAULT_SETTLE, HealthWait.real());
        return dryRun ? new DryRunController(service, real) : real;
    }

    static ServiceController createReal(
            String service,
            ServiceConfig config,
            Workspace workspace,
            Map<String, String> environment,
            Duration settle,
            HealthWait healthWait) {
        requireKeys(service, config, workspace);
        Secrets.register(config.token());
        HttpClient client = HealthProbe.newClient(HTTP_TIMEOUT);
        HealthProbe health = blank(config.healthUrl())
                ? null
                : new HealthProbe(client, config.healthUrl(), config.token(), HealthProbe.DEFAULT_TIMEOUT);
        Path workdir = blank(config.workdir()) ? workspace.root() : workspace.resolve(config.workdir());
        Path logFile = blank(config.logFile()) ? null : workspace.resolve(config.logFile());
        Duration grace = Durations.ofSeconds(config.graceSeconds(), ProcessSettings.DEFAULT_GRACE);
        Duration startTimeout = Durations.ofSeconds(config.startTimeoutSeconds(), DEFAULT_START_TIMEOUT);
        Duration stopTimeout = grace.plusSeconds(30);
        CommandRunner runner = new CommandRunner(environment);
        return switch (kind(config)) {
            case "process" -> new ProcessController(
                    new ProcessSettings(
                            service,
                            config.command(),
                            workdir,
                            workspace.resolve(config.pidfile()),
                            logFile,
                            grace,
                            settle,
                            config.pidfile()),
                    environment,
                    health,
                    healthWait);
            case "systemd" -> new SystemdController(
                    service, config.unit(), runner, health, startTimeout, stopTimeout, healthWait);
            case "command" -> new CommandController(
                    service,
                    new CommandController.CommandSettings(
                            config.startCommand(),
                            config.stopCommand(),
                            config.statusCommand(),
                            workdir,
                            logFile,
                            startTimeout,
                            stopTimeout),
                    runner,
                    health,
                    healthWait);
            case "http" -> new HttpController(
                    service,
                    client,
                    new HttpController.HttpSettings(
                            config.startUrl(), config.stopUrl(), config.token(), HTTP_TIMEOUT, grace),
                    health,
                    logFile,
                    healthWait,
                    Clock.systemUTC(),
                    Sleeper.REAL);
            default -> throw new IllegalStateException("unreachable: kind checked in requireKeys");
        };
    }

    private static void requireKeys(String service, ServiceConfig config, Workspace workspace) {
        String file = workspace.display(workspace.masterConfig());
        String prefix = "cutover." + service + ".";
        List<ConfigProblem> problems = new ArrayList<>();
        String kind = kind(config);
        if (!KINDS.contains(kind)) {
            problems.add(new ConfigProblem(
                    file,
                    0,
                    0,
                    prefix + "controller",
                    "unknown controller '" + config.controller() + "' (expected " + String.join(" | ", KINDS) + ")"));
        }
        List<String> required =
                switch (kind) {
                    case "process" -> List.of("command", "pidfile", "log_file");
                    case "systemd" -> List.of("unit");
                    case "command" -> List.of("start_command", "stop_command", "status_command");
                    case "http" -> List.of("start_url", "stop_url", "health_url");
                    default -> List.of();
                };
        for (String key : required) {
            if (missing(config, key))
                problems.add(new ConfigProblem(file, 0, 0, prefix + key, "required by the " + kind + " controller"));
        }
        if (!problems.isEmpty()) throw new ConfigException(problems);
    }

    private static boolean missing(ServiceConfig config, String key) {
        return switch (key) {
            case "command" -> config.command().isEmpty();
            case "pidfile" -> blank(config.pidfile());
            case "log_file" -> blank(config.logFile());
            case "unit" -> blank(config.unit());
            case "start_command" -> blank(config.startCommand());
            case "stop_command" -> blank(config.stopCommand());
            case "status_command" -> blank(config.statusCommand());
            case "start_url" -> blank(config.startUrl());
            case "stop_url" -> blank(config.stopUrl());
            case "health_url" -> blank(config.healthUrl());
            default -> throw new IllegalArgumentException(key);
        };
    }

    private static String kind(ServiceConfig config) {
        return config.controller() == null ? "" : config.controller().strip().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
