package io.abaco.cutover.controller;

import io.abaco.config.model.ServiceConfig;
import java.util.List;

/** Builds {@link ServiceConfig}s for tests without spelling out its nineteen components each time. */
final class ServiceConfigBuilder {
    private String controller = "process";
    private List<String> command = List.of();
    private String workdir;
    private String pidfile;
    private String logFile;
    private String healthUrl;
    private double graceSeconds = 2;
    private double startTimeoutSeconds = 5;
    private String unit;
    private String startCommand;
    private String stopCommand;
    private String statusCommand;
    private String startUrl;
    private String stopUrl;
    private String token;
    private String busyFile;
    private double inFlightWaitSeconds;

    static ServiceConfigBuilder process(String... command) {
        ServiceConfigBuilder builder = new ServiceConfigBuilder();
        builder.command = List.of(command);
        builder.pidfile = "run/v1.pid";
        builder.logFile = "logs/v1.log";
        return builder;
    }

    static ServiceConfigBuilder controller(String kind) {
        ServiceConfigBuilder builder = new ServiceConfigBuilder();
        builder.controller = kind;
        return builder;
    }

    ServiceConfigBuilder workdir(String value) {
        workdir = value;
        return this;
    }

    ServiceConfigBuilder pidfile(String value) {
        pidfile = value;
        return this;
    }

    ServiceConfigBuilder logFile(String value) {
        logFile = value;
        return this;
    }

    ServiceConfigBuilder healthUrl(String value) {
        healthUrl = value;
        return this;
    }

    ServiceConfigBuilder graceSeconds(double value) {
        graceSeconds = value;
        return this;
    }

    ServiceConfigBuilder startTimeoutSeconds(double value) {
        startTimeoutSeconds = value;
        return this;
    }

    ServiceConfigBuilder unit(String value) {
        unit = value;
        return this;
    }

    ServiceConfigBuilder commands(String start, String stop, String status) {
        startCommand = start;
        stopCommand = stop;
        statusCommand = status;
        return this;
    }

    ServiceConfigBuilder urls(String start, String stop, String health) {
        startUrl = start;
        stopUrl = stop;
        healthUrl = health;
        return this;
    }

    ServiceConfigBuilder token(String value) {
        token = value;
        return this;
    }

    ServiceConfigBuilder busyFile(String value, double waitSeconds) {
        busyFile = value;
        inFlightWaitSeconds = waitSeconds;
        return this;
    }

    ServiceConfig build() {
        return new ServiceConfig(
                controller,
                command,
                workdir,
                pidfile,
                logFile,
                healthUrl,
                graceSeconds,
                startTimeoutSeconds,
                unit,
                startCommand,
                stopCommand,
                statusCommand,
                startUrl,
                stopUrl,
                token,
                null,
                null,
                busyFile,
                inFlightWaitSeconds);
    }
}
