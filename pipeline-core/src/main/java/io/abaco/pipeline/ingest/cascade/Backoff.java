package io.abaco.pipeline.ingest.cascade;

import io.abaco.config.model.RetryConfig;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long to wait before retry {@code n} (1-based): {@code backoff_seconds × 2^(n-1)}, multiplied by a random
 * factor in {@code [1 - jitter, 1 + jitter]}; a {@code Retry-After} header in seconds (on 429 or 503) is honoured
 * instead, capped at {@link #MAX_RETRY_AFTER}.
 */
final class Backoff {
    static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(10);

    private final RetryConfig retry;
    private final RandomGenerator random;

    Backoff(RetryConfig retry, RandomGenerator random) {
        this.retry = retry;
        this.random = random;
    }

    int maxRetries() {
        return retry == null ? 0 : Math.max(0, retry.maxRetries());
    }

    Duration delay(int retryNumber, HttpResponse<?> response) {
        Duration retryAfter = response == null ? null : retryAfter(response);
        if (retryAfter != null) return retryAfter;
        double seconds = retry.backoffSeconds() * Math.pow(2, retryNumber - 1);
        double jitter = Math.max(0, Math.min(1, retry.jitter()));
        seconds *= 1 + jitter * (2 * random.nextDouble() - 1);
        return Duration.ofNanos((long) (Math.max(0, seconds) * 1e9));
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        String value = response.headers().firstValue("Retry-After").orElse("").strip();
        if (value.isEmpty() || !value.chars().allMatch(Character::isDigit) || value.length() > 9) return null;
        Duration wait = Duration.ofSeconds(Long.parseLong(value));
        return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
    }
}
