package io.abaco.pipeline.serve;

/**
 * The work {@link PipelineService} runs on its schedule: in production an adapter over the pipeline runner.
 *
 * <p>Called from the service's single scheduler thread only, so calls never overlap. Implementations report a
 * failure either by returning a {@link RunStatus#FAILED} outcome or by throwing: the service records a thrown
 * exception as a failed run and keeps going. A run interrupted at shutdown (after the grace period) should stop
 * promptly; it must not leave partial outputs behind, because the service abandons it.
 */
@FunctionalInterface
public interface ScheduledJob {
    /**
     * Runs the job once.
     *
     * @return the outcome; never null
     * @throws Exception any failure, recorded as a failed run
     */
    JobOutcome runOnce() throws Exception;
}
