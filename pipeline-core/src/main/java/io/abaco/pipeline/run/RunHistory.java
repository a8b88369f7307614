package io.abaco.pipeline.run;

import io.abaco.config.Workspace;
import io.abaco.fs.AtomicFiles;
import io.abaco.pipeline.output.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds past runs in the runs directory. Read-only; thread-safe. */
public final class RunHistory {
    public static final String SUMMARY = "summary.json";
    public static final String MANIFEST = "manifest.json";

    private RunHistory() {}

    /** The latest successful run (by completed_at) under {@link Workspace#runsDir()}. */
    public static Optional<RunRecord> latest(Workspace workspace) {
        return latest(workspace.runsDir(), null);
    }

    /**
     * The latest successful run (by completed_at) in {@code runsDir}, ignoring {@code excludedRunId} (may be null).
     * Unreadable summaries are skipped.
     */
    public static Optional<RunRecord> latest(Path runsDir, String excludedRunId) {
        if (!Files.isDirectory(runsDir)) return Optional.empty();
        RunRecord best = null;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(runsDir)) {
            for (Path dir : dirs) {
                String name = dir.getFileName().toString();
                if (name.startsWith(AtomicFiles.TEMP_PREFIX) || !Files.isRegularFile(dir.resolve(SUMMARY))) continue;
                RunSummary summary;
                try {
                    summary = Json.read(dir.resolve(SUMMARY), RunSummary.class);
                } catch (RuntimeException unreadable) {
                    continue;
                }
                if (!summary.succeeded()
                        || summary.runId() == null
                        || summary.runId().equals(excludedRunId)) {
                    continue;
                }
                if (best == null
                        || java.time.Instant.parse(summary.completedAt())
                                .isAfter(java.time.Instant.parse(best.summary().completedAt()))) {
                    best = new RunRecord(dir, summary, null);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + runsDir + ": " + e.getMessage(), e);
        }
        if (best == null) return Optional.empty();
        Path manifest = best.directory().resolve(MANIFEST);
        return Optional.of(new RunRecord(
                best.directory(),
                best.summary(),
                Files.isRegularFile(manifest) ? Json.read(manifest, RunManifest.class) : null));
    }
}
