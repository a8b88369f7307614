package io.abaco.config.model;

/** The Cascade export API. {@code auth}: {@code bearer} (Authorization header) or {@code cookie} (cookie named {@code cookieName}); {@code token} is a secret, never printed. Times in seconds. */
public record CascadeConfig(
        String baseUrl,
        String endpoint,
        String portfolioId,
        String auth,
        String cookieName,
        String token,
        double timeoutSeconds,
        RetryConfig retry,
        int rateLimitPerMinute,
        CircuitBreakerConfig circuitBreaker) {}
