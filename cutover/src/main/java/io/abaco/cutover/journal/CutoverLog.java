package io.abaco.cutover.journal;

import io.abaco.config.Secrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * The human record of a cutover, {@code logs/cutover/<id>/cutover.log}: one line per event,
 * {@code [timestamp] [phase] message}, every line passed through {@link Secrets#redact}. Thread-safe.
 */
public final class CutoverLog {
    public static final String FILE_NAME = "cutover.log";

    private final Path file;
    private final Clock clock;

    public CutoverLog(Path cutoverDir, Clock clock) {
        this.file = cutoverDir.resolve(FILE_NAME);
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /**
     * Appends {@code [timestamp] [label] message}. {@code label} is a phase's CLI name or another step such as
     * {@code rollback}; line breaks in the message are flattened so that one event stays one line.
     */
    public synchronized void log(String label, String message) {
        String flat = Secrets.redact(message == null ? "" : message)
                .replace('\r', ' ')
                .replace('\n', ' ');
        String line = "[" + clock.instant().truncatedTo(ChronoUnit.MILLIS) + "] [" + label + "] " + flat + "\n";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file + ": " + e.getMessage(), e);
        }
    }
}
