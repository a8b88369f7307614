package io.abaco.config.model;

/** Retries on timeouts, 5xx and 429: exponential backoff from {@code backoffSeconds}, randomised by ±{@code jitter} (a fraction). */
public record RetryConfig(int maxRetries, double backoffSeconds, double jitter) {}
