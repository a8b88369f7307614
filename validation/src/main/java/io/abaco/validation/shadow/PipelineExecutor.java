package io.abaco.validation.shadow;

import java.nio.file.Path;

/**
 * Runs one pipeline (V1 or V2) once on a tape, for shadow comparison. Implementations: {@link V1CommandExecutor}
 * (V1's configured command as a child process); V2's wraps the pipeline runner.
 */
@FunctionalInterface
public interface PipelineExecutor {
    /**
     * Runs the pipeline on {@code tape}, writing into {@code outputDir} (created if missing).
     *
     * @return the KPIs it produced and its loan-level file, if any
     * @throws io.abaco.error.ExternalServiceException when the pipeline fails, times out or writes no KPIs
     */
    KpiSnapshot run(Path tape, Path outputDir);
}
