package io.abaco.cutover.run;

/**
 * The work of one phase, and only the work: timing, locking, journaling and the report are the template's
 * ({@link PhaseTemplate}). Implementations must be safe to run again after a crash or a failure.
 */
@FunctionalInterface
public interface PhaseWork {
    /**
     * @return the checks measured; any FAIL fails the phase
     * @throws io.abaco.error.AbacoException when the phase cannot go on (the template records it and rethrows)
     */
    PhaseOutcome execute(CutoverContext context);
}
