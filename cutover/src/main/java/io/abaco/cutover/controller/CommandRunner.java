package io.abaco.cutover.controller;

import io.abaco.config.Secrets;
import io.abaco.error.ExternalServiceException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a short external command (systemctl, a user's status command) with a timeout. Output goes to a temporary
 * file rather than a pipe: a start command that leaves a background child holding the pipe open would otherwise
 * block the read forever.
 */
final class CommandRunner {
    private static final int MAX_OUTPUT_CHARS = 4_000;
    private final Map<String, String> environment;

    CommandRunner(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    Map<String, String> environment() {
        return environment;
    }

    /** Runs {@code bash -c script} in {@code workdir}. */
    CommandResult runShell(String script, Path workdir, Duration timeout) {
        return run(List.of("bash", "-c", script), workdir, timeout);
    }

    CommandResult run(List<String> argv, Path workdir, Duration timeout) {
        List<String> command = new ArrayList<>(argv);
        command.set(0, Executables.resolve(argv.get(0), environment));
        Path output = null;
        try {
            output = Files.createTempFile("abaco-command-", ".out");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(new File("/dev/null"));
            if (workdir != null) builder.directory(workdir.toFile());
            builder.environment().clear();
            builder.environment().putAll(environment);
            Process process = builder.start();
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
            String text = readCapped(output);
            return new CommandResult(finished ? process.exitValue() : -1, text, !finished);
        } catch (IOException e) {
            throw new ExternalServiceException(
                    Secrets.redact("cannot run " + String.join(" ", argv) + ": " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExternalServiceException("interrupted while running " + argv.get(0), e);
        } finally {
            if (output != null) deleteQuietly(output);
        }
    }

    private static String readCapped(Path output) throws IOException {
        String text = Files.readString(output, StandardCharsets.UTF_8).strip();
        if (text.length() > MAX_OUTPUT_CHARS) text = "…" + text.substring(text.length() - MAX_OUTPUT_CHARS);
        return Secrets.redact(text);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover file in the temp directory is harmless
        }
    }
}
