package io.abaco.cutover.controller;

/**
 * One observation of a service.
 *
 * @param state running, stopped or unknown
 * @param healthy true only when the service runs and its health check (if any) passed
 * @param pid the operating-system process id when the controller knows it; null otherwise
 * @param detail one human line explaining the observation (already redacted)
 * @param observedHealth what the health check saw, e.g. {@code HTTP 200 from http://127.0.0.1:8080/health}, or
 *     null when no health check ran
 */
public record ServiceStatus(ServiceState state, boolean healthy, Long pid, String detail, String observedHealth) {
    public ServiceStatus {
        if (state == null) throw new IllegalArgumentException("state is required");
        if (healthy && state != ServiceState.RUNNING) {
            throw new IllegalArgumentException("only a running service can be healthy");
        }
    }

    public boolean running() {
        return state == ServiceState.RUNNING;
    }

    static ServiceStatus stopped(String detail) {
        return new ServiceStatus(ServiceState.STOPPED, false, null, detail, null);
    }

    static ServiceStatus unknown(String detail) {
        return new ServiceStatus(ServiceState.UNKNOWN, false, null, detail, null);
    }
}
