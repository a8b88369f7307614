package io.abaco.cutover.controller;

import io.abaco.fs.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The pidfile of a service started by the process controller. Its first line is the bare pid, so that operators'
 * {@code kill $(head -1 FILE)} keeps working; the next lines record the process start token and the command, which
 * guard against stopping an unrelated process that reused the pid.
 *
 * <pre>
 * 12345
 * start=ticks:987654
 * command=bash bin/v1-service.sh
 * </pre>
 *
 * @param identity the process it names
 * @param command the configured command line, for messages
 */
record Pidfile(ProcessIdentity identity, String command) {
    private static final String START = "start=";
    private static final String COMMAND = "command=";

    long pid() {
        return identity.pid();
    }

    void writeTo(Path file) {
        AtomicFiles.writeString(
                file,
                pid() + "\n" + START + identity.startToken() + "\n" + COMMAND + command.replace('\n', ' ') + "\n");
    }

    /**
     * @return empty when there is no pidfile
     * @throws IllegalArgumentException when the file exists but is not a pidfile abaco wrote
     */
    static Optional<Pidfile> read(Path file) {
        if (!Files.exists(file)) return Optional.empty();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pidfile " + file + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty() || !lines.get(0).strip().matches("[0-9]+")) {
            throw new IllegalArgumentException("pidfile " + file + " does not start with a pid");
        }
        long pid = Long.parseLong(lines.get(0).strip());
        String start = value(lines, START);
        if (start == null) {
            // a bare pid (written by hand or by another tool): it cannot be told apart from a reused pid
            throw new IllegalArgumentException("pidfile " + file + " has no start= line; cannot tell whether pid " + pid
                    + " is still the process abaco started");
        }
        String command = value(lines, COMMAND);
        return Optional.of(new Pidfile(new ProcessIdentity(pid, start), command == null ? "?" : command));
    }

    private static String value(List<String> lines, String prefix) {
        return lines.stream()
                .filter(line -> line.startsWith(prefix))
                .map(line -> line.substring(prefix.length()))
                .findFirst()
                .orElse(null);
    }
}
