package io.abaco.pipeline.ingest.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.config.model.CascadeConfig;
import io.abaco.config.model.CircuitBreakerConfig;
import io.abaco.config.model.RetryConfig;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The circuit breaker, the rate limit and the backoff on their own, with time under the test's control. */
class GuardsTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void breakerOpensAtTheThresholdAndAHalfOpenTrialDecides() {
        CircuitBreaker breaker = new CircuitBreaker(3, 60 * SECOND);
        breaker.recordFailure(0);
        breaker.recordFailure(0);
        assertThat(breaker.refusal(0)).isZero();
        breaker.recordFailure(10 * SECOND);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.refusal(40 * SECOND)).isEqualTo(30 * SECOND);

        assertThat(breaker.refusal(70 * SECOND)).as("the trial goes through").isZero();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(breaker.refusal(71 * SECOND)).as("only one trial at a time").isPositive();
        breaker.recordFailure(72 * SECOND);
        assertThat(breaker.state()).as("a failed trial opens it again").isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.refusal(100 * SECOND)).isEqualTo(32 * SECOND);

        assertThat(breaker.refusal(132 * SECOND)).isZero();
        breaker.recordSuccess();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.consecutiveFailures()).isZero();
    }

    @Test
    void successResetsTheCountOfConsecutiveFailures() {
        CircuitBreaker breaker = new CircuitBreaker(2, SECOND);
        breaker.recordFailure(0);
        breaker.recordSuccess();
        breaker.recordFailure(0);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void tokenBucketAllowsOneRequestPerIntervalAndRefillsOverTime() {
        TokenBucket bucket = new TokenBucket(6); // one every 10 s
        assertThat(bucket.reserve(0)).isZero();
        assertThat(bucket.reserve(0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(bucket.reserve(0)).as("reservations queue up").isEqualTo(Duration.ofSeconds(20));
        assertThat(bucket.reserve(100 * SECOND))
                .as("idle time refills only up to the burst of one")
                .isZero();
        assertThat(bucket.reserve(100 * SECOND)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void unlimitedBucketNeverWaits() {
        TokenBucket bucket = new TokenBucket(0);
        for (int i = 0; i < 100; i++) assertThat(bucket.reserve(0)).isZero();
    }

    @Test
    void backoffDoublesWithJitterWithinBounds() {
        Backoff backoff = new Backoff(new RetryConfig(5, 2.0, 0.25), new SplittableRandom(3));
        for (int retry = 1; retry <= 5; retry++) {
            double base = 2.0 * Math.pow(2, retry - 1);
            double seconds = backoff.delay(retry, null).toNanos() / 1e9;
            assertThat(seconds).isBetween(base * 0.75, base * 1.25);
        }
        assertThat(backoff.maxRetries()).isEqualTo(5);
    }

    @Test
    void guardsAreSharedPerBaseUrl() {
        EndpointGuards guards = new EndpointGuards();
        CascadeConfig first = config("http://127.0.0.1:1");
        assertThat(guards.forBaseUrl(first)).isSameAs(guards.forBaseUrl(config("http://127.0.0.1:1")));
        assertThat(guards.forBaseUrl(first)).isNotSameAs(guards.forBaseUrl(config("http://127.0.0.1:2")));
    }

    private static CascadeConfig config(String baseUrl) {
        return new CascadeConfig(
                baseUrl,
                "/x",
                null,
                "bearer",
                null,
                null,
                1,
                new RetryConfig(0, 1, 0),
                60,
                new CircuitBreakerConfig(3, 10));
    }
}
