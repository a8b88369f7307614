package io.abaco.cutover.controller;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The process controller's configuration with every path resolved against the workspace.
 *
 * @param service {@code v1} or {@code v2}, for messages
 * @param command the argv to run, never empty
 * @param workdir absolute working directory
 * @param pidfile absolute pidfile path
 * @param logFile absolute log file (stdout and stderr are appended)
 * @param grace how long to wait after SIGTERM before SIGKILL
 * @param settle how long a fresh process must survive for the start to count (catches immediate crashes)
 * @param pidfileDisplay the pidfile as the operator named it
 */
record ProcessSettings(
        String service,
        List<String> command,
        Path workdir,
        Path pidfile,
        Path logFile,
        Duration grace,
        Duration settle,
        String pidfileDisplay) {
    static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);
    static final Duration DEFAULT_SETTLE = Duration.ofMillis(500);

    ProcessSettings {
        command = List.copyOf(command);
        if (command.isEmpty()) throw new IllegalArgumentException("command is empty");
    }

    String commandLine() {
        return String.join(" ", command);
    }

    ProcessSettings withSettle(Duration newSettle) {
        return new ProcessSettings(service, command, workdir, pidfile, logFile, grace, newSettle, pidfileDisplay);
    }
}
