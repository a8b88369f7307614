package io.abaco.pipeline.ingest.cascade;

import io.abaco.config.Secrets;
import io.abaco.config.model.CascadeConfig;
import io.abaco.error.ConfigException;
import io.abaco.error.ConfigProblem;
import io.abaco.error.ExternalServiceException;
import io.abaco.fs.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a tape from the Cascade export API ({@code GET base_url + endpoint}) into the staging directory as
 * {@code input.csv} ({@code text/csv}) or {@code input.json} ({@code application/json}).
 *
 * <p>Timeouts, connection errors (also while reading the body), 5xx and 429 are retried up to {@code max_retries}
 * times ({@link Backoff}); other statuses and an unexpected Content-Type fail at once. Every attempt waits for the
 * base URL's rate limit; a fetch that fails counts against the base URL's {@link CircuitBreaker}, which refuses
 * fetches without a request while open. Failures are {@link ExternalServiceException}s naming the URL, never the
 * token.
 *
 * <p>{@code timeout_seconds} bounds the wait for the response headers (and the connection); a body that stalls after
 * its headers is not cut off by it.
 *
 * <p>Thread-safe.
 */
public final class CascadeFetcher {
    private static final class Shared {
        static final CascadeFetcher INSTANCE = new CascadeFetcher(
                CascadeFetcher::defaultClient, TimeSource.system(), new Random(), EndpointGuards.processWide());
    }

    private static final Logger LOG = LoggerFactory.getLogger(CascadeFetcher.class);

    // Building an HttpClient (its SSL context, its selector thread) costs ~0.1 s: only a fetch pays for it, not
    // every run that merely passes the shared fetcher along with a local tape.
    private final Supplier<HttpClient> clientFactory;
    private volatile HttpClient client;
    private final TimeSource time;
    private final RandomGenerator random;
    private final EndpointGuards guards;

    public CascadeFetcher(HttpClient client, TimeSource time, RandomGenerator random, EndpointGuards guards) {
        this(() -> client, time, random, guards);
        this.client = client;
    }

    /** A fetcher that builds its client from {@code clientFactory} at its first fetch. */
    CascadeFetcher(Supplier<HttpClient> clientFactory, TimeSource time, RandomGenerator random, EndpointGuards guards) {
        this.clientFactory = clientFactory;
        this.time = time;
        this.random = random;
        this.guards = guards;
    }

    private static HttpClient defaultClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    }

    /** The process-wide fetcher: real clock, one breaker and rate limit per base URL for the whole process. */
    public static CascadeFetcher shared() {
        return Shared.INSTANCE;
    }

    /** @throws ExternalServiceException when the API fails after its retries, or the breaker is open */
    public FetchedBody fetch(CascadeConfig config, Path stagingDir) {
        if (config == null) {
            throw new ConfigException(new ConfigProblem(
                    "config/pipeline.yml",
                    0,
                    0,
                    "pipeline.ingestion.cascade",
                    "is required when source is cascade_http"));
        }
        URI uri = CascadeRequests.uri(config);
        HttpRequest request = CascadeRequests.request(config, uri);
        String url = Secrets.redact(uri.toString());
        EndpointGuards.Guard guard = guards.forBaseUrl(config);
        long refusedFor = guard.breaker().refusal(time.nanoTime());
        if (refusedFor > 0 && guard.breaker().state() == CircuitBreaker.State.HALF_OPEN) {
            throw new ExternalServiceException("Cascade export " + url
                    + ": circuit breaker half-open; a trial fetch is in flight, try again when it ends");
        }
        if (refusedFor > 0) {
            throw new ExternalServiceException(String.format(
                    "Cascade export %s: circuit breaker open after %d consecutive failed fetches; not calling it for"
                            + " another %d s",
                    url,
                    guard.breaker().consecutiveFailures(),
                    Math.max(1, (refusedFor + 999_999_999L) / 1_000_000_000L)));
        }
        try {
            FetchedBody body = fetchWithRetries(config, request, url, guard.rateLimit(), stagingDir);
            guard.breaker().recordSuccess();
            return body;
        } catch (RuntimeException e) {
            guard.breaker().recordFailure(time.nanoTime());
            throw e;
        }
    }

    /** Whether this fetcher's HTTP client exists yet (tests: a run from a local file never builds one). */
    boolean clientCreated() {
        return client != null;
    }

    private HttpClient client() {
        HttpClient existing = client;
        if (existing != null) return existing;
        synchronized (this) {
            if (client == null) client = clientFactory.get();
            return client;
        }
    }

    private FetchedBody fetchWithRetries(
            CascadeConfig config, HttpRequest request, String url, TokenBucket rateLimit, Path stagingDir) {
        Backoff backoff = new Backoff(config.retry(), random);
        int attempts = backoff.maxRetries() + 1;
        for (int attempt = 1; ; attempt++) {
            String failure;
            HttpResponse<InputStream> response = null;
            try {
                sleep(rateLimit.reserve(time.nanoTime()), url);
                response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                if (status >= 200 && status < 300) return save(response, url, stagingDir);
                response.body().close();
                failure = "HTTP " + status;
                if (status != 429 && status < 500) throw new ExternalServiceException(message(url, failure, attempt));
            } catch (HttpTimeoutException e) {
                failure = "no response within " + config.timeoutSeconds() + " s";
                response = null;
            } catch (IOException e) {
                failure = "connection failed: "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                response = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ExternalServiceException(message(url, "interrupted", attempt), e);
            }
            if (attempt >= attempts) throw new ExternalServiceException(message(url, failure, attempt));
            Duration delay = backoff.delay(attempt, response);
            LOG.warn(Secrets.redact(String.format(
                    "Cascade export %s: %s; retrying in %.1f s (attempt %d of %d)",
                    url, failure, delay.toMillis() / 1000.0, attempt + 1, attempts)));
            sleep(delay, url);
        }
    }

    private FetchedBody save(HttpResponse<InputStream> response, String url, Path stagingDir) throws IOException {
        String contentType = response.headers().firstValue("Content-Type").orElse("(none)");
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        String extension =
                switch (mediaType) {
                    case "text/csv" -> "csv";
                    case "application/json" -> "json";
                    default -> null;
                };
        if (extension == null) {
            response.body().close();
            throw new ExternalServiceException(Secrets.redact("Cascade export " + url + " answered with Content-Type "
                    + contentType + "; expected text/csv or application/json (an expired session answers with a login"
                    + " page)"));
        }
        Path target = stagingDir.resolve("input." + extension);
        Files.createDirectories(stagingDir);
        Path temp = AtomicFiles.tempSibling(target);
        try (InputStream body = response.body()) {
            Files.copy(body, temp);
            AtomicFiles.commit(temp, target);
        } finally {
            AtomicFiles.deleteQuietly(temp);
        }
        return new FetchedBody(target, url);
    }

    private void sleep(Duration duration, String url) {
        if (duration.isZero()) return;
        try {
            time.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExternalServiceException("Cascade export " + url + ": interrupted while waiting to retry", e);
        }
    }

    private static String message(String url, String failure, int attempts) {
        return Secrets.redact("Cascade export " + url + ": " + failure
                + (attempts > 1 ? " (gave up after " + attempts + " attempts)" : ""));
    }
}
