package io.abaco.cli.error;

import io.abaco.config.Secrets;
import io.abaco.config.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;

/**
 * Where the stack trace of an internal error goes, so the terminal gets one line and the details are kept:
 * {@code logs/abaco-errors.log} in the workspace when there is one, else {@code ~/.abaco/logs/abaco-errors.log}.
 */
final class InternalErrorLog {
    static final String FILE_NAME = "abaco-errors.log";

    private InternalErrorLog() {}

    /** Appends the redacted trace; returns the log's path, or null when it could not be written. */
    static Path write(Workspace workspace, Map<String, String> environment, Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        String entry = "[" + Instant.now() + "] " + Secrets.redact(trace.toString()) + System.lineSeparator();
        for (Path log : candidates(workspace, environment)) {
            try {
                Files.createDirectories(log.getParent());
                // an append-only log: each entry is one write, never a file replaced under its final name
                Files.writeString(
                        log, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                return log;
            } catch (IOException | RuntimeException e) {
                // try the next place
            }
        }
        return null;
    }

    private static Path[] candidates(Workspace workspace, Map<String, String> environment) {
        String home = environment.getOrDefault("HOME", System.getProperty("user.home"));
        Path inHome = Path.of(home, ".abaco", "logs", FILE_NAME);
        if (Files.isRegularFile(workspace.masterConfig())) {
            return new Path[] {workspace.root().resolve("logs").resolve(FILE_NAME), inHome};
        }
        return new Path[] {inHome};
    }
}
