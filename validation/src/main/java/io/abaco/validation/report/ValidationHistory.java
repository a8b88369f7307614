package io.abaco.validation.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.abaco.error.InputDataException;
import io.abaco.validation.ValidationJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reports under {@code logs/validation/}, oldest first. History files are named by their UTC timestamp
 * ({@code 2026-11-22T08-19-19.123Z.json}) so that the name order is the time order; other files in the directory
 * (alert state, monitor summary, temporary files) are ignored. A history file that cannot be parsed is skipped with a
 * warning: one damaged file must not stop every later validation. Thread-safe (stateless over the directory).
 */
public final class ValidationHistory {
    private static final Logger LOG = LoggerFactory.getLogger(ValidationHistory.class);
    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern HISTORY_FILE =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}\\.\\d{3}Z\\.json");

    private final Path directory;

    public ValidationHistory(Path directory) {
        this.directory = directory;
    }

    /** The history file name of a report taken at {@code timestamp}. */
    public static String fileName(Instant timestamp) {
        return NAME.format(timestamp) + ".json";
    }

    /** The most recent report, if any. */
    public Optional<ValidationReport> latest() {
        List<ValidationReport> last = last(1);
        return last.isEmpty() ? Optional.empty() : Optional.of(last.get(0));
    }

    /** The most recent report taken strictly before {@code timestamp}, if any. */
    public Optional<ValidationReport> before(Instant timestamp) {
        List<Path> files = files();
        String bound = fileName(timestamp);
        for (int i = files.size() - 1; i >= 0; i--) {
            if (files.get(i).getFileName().toString().compareTo(bound) < 0) {
                Optional<ValidationReport> report = tryRead(files.get(i));
                if (report.isPresent()) return report;
            }
        }
        return Optional.empty();
    }

    /** The last {@code count} readable reports, oldest first. */
    public List<ValidationReport> last(int count) {
        List<Path> files = files();
        List<ValidationReport> reports = new ArrayList<>();
        for (int i = files.size() - 1; i >= 0 && reports.size() < count; i--) {
            tryRead(files.get(i)).ifPresent(reports::add);
        }
        Collections.reverse(reports);
        return reports;
    }

    /** History files, oldest first. */
    public List<Path> files() {
        if (!Files.isDirectory(directory)) return List.of();
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(p ->
                            HISTORY_FILE.matcher(p.getFileName().toString()).matches())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InputDataException(directory + ": cannot list validation history: " + e.getMessage(), e);
        }
    }

    /**
     * Reads one report file.
     *
     * @throws InputDataException naming file:line:column when it is not a report
     */
    public static ValidationReport read(Path file) {
        try {
            return ValidationJson.mapper().readValue(Files.readString(file), ValidationReport.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new InputDataException(file + where + ": not a validation report: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputDataException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static Optional<ValidationReport> tryRead(Path file) {
        try {
            return Optional.of(read(file));
        } catch (InputDataException e) {
            LOG.warn("skipping unreadable validation history file: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
