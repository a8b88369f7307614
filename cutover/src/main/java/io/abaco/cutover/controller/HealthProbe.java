package io.abaco.cutover.controller;

import io.abaco.config.Secrets;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** GETs a health URL once: HTTP 200 means healthy. The bearer token, when given, never appears in any text. */
final class HealthProbe {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    /**
     * One health observation.
     *
     * @param httpStatus the answered status code, or 0 when nothing answered
     * @param refused true when nothing listens (connection refused): the service is down rather than unknown
     * @param detail e.g. {@code HTTP 200 from http://127.0.0.1:8080/health}, redacted
     */
    record Observation(int httpStatus, boolean refused, String detail) {
        boolean healthy() {
            return httpStatus == 200;
        }
    }

    private final HttpClient client;
    private final String url;
    private final String token;
    private final Duration timeout;

    HealthProbe(HttpClient client, String url, String token, Duration timeout) {
        this.client = client;
        this.url = url;
        this.token = token;
        this.timeout = timeout;
    }

    String displayUrl() {
        return Secrets.redact(url);
    }

    Observation check() {
        try {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET();
            if (token != null && !token.isBlank()) request.header("Authorization", "Bearer " + token);
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return new Observation(
                    response.statusCode(), false, "HTTP " + response.statusCode() + " from " + displayUrl());
        } catch (ConnectException e) {
            return new Observation(0, true, "no answer from " + displayUrl() + " (connection refused)");
        } catch (IOException | IllegalArgumentException e) {
            return new Observation(0, false, Secrets.redact("no answer from " + displayUrl() + ": " + describe(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Observation(0, false, "interrupted while checking " + displayUrl());
        }
    }

    static HttpClient newClient(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
