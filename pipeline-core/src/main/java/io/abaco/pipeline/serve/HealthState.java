package io.abaco.pipeline.serve;

/**
 * The {@code status} word of {@code GET /health} and the HTTP code it is served with.
 *
 * <p>A process controller checks health by URL and treats any non-2xx answer as unhealthy, so only the states in
 * which V2 can be trusted answer 200:
 *
 * <ul>
 *   <li>{@code starting} (200): up, no run completed yet — nothing has gone wrong, and waiting for a first run
 *       (which may take minutes) would stall a cutover's health wait;
 *   <li>{@code ok} (200): the last run succeeded;
 *   <li>{@code degraded} (503): the last run failed — a cutover or {@code abaco validate} must see a broken V2;
 *   <li>{@code stopping} (503): shutdown has begun; no new runs will start.
 * </ul>
 */
public enum HealthState {
    STARTING("starting", 200),
    OK("ok", 200),
    DEGRADED("degraded", 503),
    STOPPING("stopping", 503);

    private final String label;
    private final int httpStatus;

    HealthState(String label, int httpStatus) {
        this.label = label;
        this.httpStatus = httpStatus;
    }

    public String label() {
        return label;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The state a snapshot is in. */
    public static HealthState of(ServeSnapshot snapshot) {
        if (snapshot.stopping()) return STOPPING;
        if (snapshot.lastRun() == null) return STARTING;
        return snapshot.lastRun().succeeded() ? OK : DEGRADED;
    }
}
