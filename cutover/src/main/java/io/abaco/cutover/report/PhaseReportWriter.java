package io.abaco.cutover.report;

import io.abaco.config.Secrets;
import io.abaco.cutover.Phase;
import io.abaco.error.InputDataException;
import io.abaco.fs.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes and reads phase reports in a cutover directory. Writes are atomic (DESIGN §12.1) and pass through
 * {@link Secrets#redact} so that no secret reaches a report. Stateless and thread-safe.
 */
public final class PhaseReportWriter {
    private PhaseReportWriter() {}

    /** Writes {@code report} to {@code cutoverDir/NN-<phase>.json}, replacing an earlier attempt's report. */
    public static Path write(Path cutoverDir, PhaseReport report) {
        Path target = cutoverDir.resolve(report.fileName());
        try {
            String json = CutoverJson.pretty().writeValueAsString(report);
            AtomicFiles.writeString(target, Secrets.redact(json) + "\n");
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Reads the report of {@code phase}; empty when the phase has none yet. */
    public static Optional<PhaseReport> read(Path cutoverDir, Phase phase) {
        Path file = cutoverDir.resolve(phase.reportFileName());
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(CutoverJson.compact().readValue(file.toFile(), PhaseReport.class));
        } catch (IOException e) {
            throw new InputDataException(file + ": unreadable phase report: " + e.getMessage(), e);
        }
    }
}
