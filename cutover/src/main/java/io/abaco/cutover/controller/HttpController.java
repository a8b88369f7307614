package io.abaco.cutover.controller;

import io.abaco.config.Secrets;
import io.abaco.error.ExternalServiceException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Drives the service through an admin API: POST {@code start_url} / {@code stop_url}, GET {@code health_url}
 * (200 = running and healthy, connection refused = stopped, anything else = unknown). The optional bearer token is
 * a secret: it is registered with {@link Secrets} and never written into a message.
 */
final class HttpController implements ServiceController {
    private static final int MAX_BODY_CHARS = 300;

    private final String service;
    private final HttpClient client;
    private final String startUrl;
    private final String stopUrl;
    private final String token;
    private final HealthProbe health;
    private final Duration requestTimeout;
    private final Duration stopTimeout;
    private final Path logFile;
    private final HealthWait healthWait;
    private final Clock clock;
    private final Sleeper sleeper;

    HttpController(
            String service,
            HttpClient client,
            HttpSettings settings,
            HealthProbe health,
            Path logFile,
            HealthWait healthWait,
            Clock clock,
            Sleeper sleeper) {
        this.service = service;
        this.client = client;
        this.startUrl = settings.startUrl();
        this.stopUrl = settings.stopUrl();
        this.token = settings.token();
        this.requestTimeout = settings.requestTimeout();
        this.stopTimeout = settings.stopTimeout();
        this.health = health;
        this.logFile = logFile;
        this.healthWait = healthWait;
        this.clock = clock;
        this.sleeper = sleeper;
        Secrets.register(token);
    }

    @Override
    public ControlResult start() {
        if (status().running()) return new ControlResult("start", false, "already running (" + healthDetail() + ")");
        int code = post(startUrl, "start");
        return new ControlResult("start", true, "POST " + Secrets.redact(startUrl) + " answered " + code);
    }

    @Override
    public ControlResult stop() {
        if (status().state() == ServiceState.STOPPED) {
            return new ControlResult("stop", false, "not running (" + healthDetail() + ")");
        }
        int code = post(stopUrl, "stop");
        ServiceStatus after = awaitNotRunning();
        if (after.running()) {
            throw new ExternalServiceException(Secrets.redact(service + ": still healthy "
                    + Durations.seconds(stopTimeout) + " after POST " + stopUrl + " (" + after.observedHealth() + ")"
                    + LogTail.forMessage(logTail(20))));
        }
        return new ControlResult(
                "stop", true, "POST " + Secrets.redact(stopUrl) + " answered " + code + "; now " + after.detail());
    }

    @Override
    public ServiceStatus status() {
        HealthProbe.Observation observation = health.check();
        if (observation.healthy()) {
            return new ServiceStatus(ServiceState.RUNNING, true, null, "running, healthy", observation.detail());
        }
        ServiceState state = observation.refused() ? ServiceState.STOPPED : ServiceState.UNKNOWN;
        return new ServiceStatus(state, false, null, observation.detail(), observation.detail());
    }

    @Override
    public ServiceStatus waitUntilHealthy(Duration timeout) {
        return healthWait.await(service, timeout, this::status, status -> false, () -> LogTail.forMessage(logTail(20)));
    }

    @Override
    public List<String> logTail(int lines) {
        return LogTail.of(logFile, lines);
    }

    @Override
    public String describe() {
        return Secrets.redact("http: start POST " + startUrl + ", stop POST " + stopUrl + ", health GET "
                + health.displayUrl() + (token == null || token.isBlank() ? "" : " (bearer token set)"));
    }

    private String healthDetail() {
        return health.check().detail();
    }

    private int post(String url, String action) {
        String shown = Secrets.redact(url);
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(requestTimeout)
                    .POST(HttpRequest.BodyPublishers.noBody());
            if (token != null && !token.isBlank()) request.header("Authorization", "Bearer " + token);
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new ExternalServiceException(Secrets.redact(service + ": " + action + " refused: POST " + shown
                        + " answered " + response.statusCode() + bodyExcerpt(response.body())));
            }
            return response.statusCode();
        } catch (IOException | IllegalArgumentException e) {
            throw new ExternalServiceException(
                    Secrets.redact(service + ": " + action + " failed: POST " + shown + ": " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExternalServiceException(service + ": interrupted during POST " + shown, e);
        }
    }

    private ServiceStatus awaitNotRunning() {
        Instant deadline = clock.instant().plus(stopTimeout);
        ServiceStatus current = status();
        while (current.running() && clock.instant().isBefore(deadline)) {
            try {
                sleeper.sleep(HealthWait.POLL_INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            current = status();
        }
        return current;
    }

    private static String bodyExcerpt(String body) {
        if (body == null || body.isBlank()) return "";
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return ": " + (oneLine.length() > MAX_BODY_CHARS ? oneLine.substring(0, MAX_BODY_CHARS) + "…" : oneLine);
    }

    /**
     * @param token bearer token, or null for none
     * @param stopTimeout how long the health URL may keep answering 200 after a stop request
     */
    record HttpSettings(String startUrl, String stopUrl, String token, Duration requestTimeout, Duration stopTimeout) {}
}
