package io.abaco.pipeline.ingest.cascade;

import io.abaco.config.model.CascadeConfig;
import io.abaco.config.model.CircuitBreakerConfig;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One circuit breaker and one rate limit per Cascade base URL, kept for the life of the registry, so a long-running
 * {@code abaco serve} remembers a failing peer across runs. The first configuration seen for a base URL sets its
 * threshold and rate. Thread-safe.
 */
public final class EndpointGuards {
    private static final EndpointGuards PROCESS_WIDE = new EndpointGuards();

    /** The breaker and limiter of one base URL. */
    public record Guard(CircuitBreaker breaker, TokenBucket rateLimit) {}

    private final ConcurrentMap<String, Guard> guards = new ConcurrentHashMap<>();

    public static EndpointGuards processWide() {
        return PROCESS_WIDE;
    }

    public Guard forBaseUrl(CascadeConfig config) {
        return guards.computeIfAbsent(config.baseUrl(), url -> {
            CircuitBreakerConfig breaker = config.circuitBreaker();
            CircuitBreaker circuit = breaker == null
                    ? new CircuitBreaker(0, 0)
                    : new CircuitBreaker(breaker.failureThreshold(), (long) (breaker.resetSeconds() * 1e9));
            return new Guard(circuit, new TokenBucket(config.rateLimitPerMinute()));
        });
    }
}
