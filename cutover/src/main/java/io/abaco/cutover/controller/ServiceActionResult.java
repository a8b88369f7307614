package io.abaco.cutover.controller;

/**
 * The outcome of {@code abaco service start|stop|status v1|v2}, printed as text or {@code --json}.
 *
 * @param service {@code v1} or {@code v2}
 * @param action {@code start}, {@code stop} or {@code status}
 * @param changed false when nothing was done (already in the wanted state, a status, or a dry run)
 * @param before status observed before acting
 * @param after status observed after acting (the same as {@code before} for {@code status})
 * @param durationMs wall time of the whole action, in milliseconds
 * @param message one human line, redacted
 */
public record ServiceActionResult(
        String service,
        String action,
        boolean changed,
        ServiceStatus before,
        ServiceStatus after,
        long durationMs,
        String message) {}
