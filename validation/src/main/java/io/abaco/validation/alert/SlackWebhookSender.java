package io.abaco.validation.alert;

import io.abaco.config.Secrets;
import io.abaco.config.model.SlackConfig;
import io.abaco.error.ConfigException;
import io.abaco.error.ConfigProblem;
import io.abaco.validation.Sleeper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * POSTs payloads to a Slack-compatible incoming webhook. Retries with exponential backoff on 5xx, 429, timeouts and
 * connection errors (up to {@code maxAttempts}); other 4xx answers are final. The webhook URL is a secret: it is
 * registered with {@link Secrets} and never appears in results. Thread-safe.
 */
public final class SlackWebhookSender implements AlertSender {
    private final URI webhook;
    private final Duration timeout;
    private final HttpClient client;
    private final Sleeper sleeper;
    private final int maxAttempts;
    private final Duration firstBackoff;

    public SlackWebhookSender(SlackConfig config, Sleeper sleeper, int maxAttempts, Duration firstBackoff) {
        this.webhook = parse(config.webhookUrl());
        this.timeout = Duration.ofMillis(Math.max(1, (long) (config.timeoutSeconds() * 1000)));
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.sleeper = sleeper;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.firstBackoff = firstBackoff;
    }

    /** Three attempts, 1 s then 2 s apart. */
    public static SlackWebhookSender standard(SlackConfig config) {
        return new SlackWebhookSender(config, Sleeper.system(), 3, Duration.ofSeconds(1));
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank()) throw problem("is required when alerts.slack.enabled is true");
        Secrets.register(url);
        try {
            URI uri = URI.create(url.trim());
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw problem("is not an http(s) URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw problem("is not a valid URL");
        }
    }

    private static ConfigException problem(String message) {
        return new ConfigException(new ConfigProblem("config/pipeline.yml", 0, 0, "alerts.slack.webhook_url", message));
    }

    @Override
    public SendResult send(String payloadJson) {
        HttpRequest request = HttpRequest.newBuilder(webhook)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payloadJson))
                .build();
        String last = "not sent";
        Duration backoff = firstBackoff;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            boolean retryable;
            try {
                int status = client.send(request, HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status / 100 == 2) return new SendResult(true, attempt, "HTTP " + status);
                last = "HTTP " + status;
                retryable = status >= 500 || status == 429;
            } catch (HttpTimeoutException e) {
                last = "timed out after " + timeout.toMillis() + " ms";
                retryable = true;
            } catch (IOException e) {
                last = Secrets.redact(e.getClass().getSimpleName() + ": " + e.getMessage());
                retryable = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new SendResult(false, attempt, "interrupted");
            }
            if (!retryable || attempt == maxAttempts) return new SendResult(false, attempt, last);
            try {
                sleeper.sleep(backoff);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new SendResult(false, attempt, last + "; interrupted before retrying");
            }
            backoff = backoff.multipliedBy(2);
        }
        return new SendResult(false, maxAttempts, last);
    }
}
