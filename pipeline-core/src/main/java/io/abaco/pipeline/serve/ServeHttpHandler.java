package io.abaco.pipeline.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers {@code GET /health} and {@code GET /metrics}; any other path is 404, any other method on those two paths
 * is 405 (with {@code Allow: GET}). Bodies are built from one {@link ServeStatus} snapshot per request, so they are
 * internally consistent. Thread-safe.
 */
final class ServeHttpHandler implements HttpHandler {
    private static final Logger log = LoggerFactory.getLogger(ServeHttpHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json; charset=utf-8";

    private final ServeStatus status;
    private final Clock clock;
    private final String version;

    ServeHttpHandler(ServeStatus status, Clock clock, String version) {
        this.status = status;
        this.clock = clock;
        this.version = version;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            boolean known = "/health".equals(path) || "/metrics".equals(path);
            if (!known) {
                send(exchange, 404, JSON_TYPE, "{\"error\":\"not found\"}\n");
            } else if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                send(exchange, 405, JSON_TYPE, "{\"error\":\"method not allowed\"}\n");
            } else if ("/health".equals(path)) {
                HealthReport report = HealthReport.of(status.snapshot(), clock.instant(), version);
                send(exchange, report.httpStatus(), JSON_TYPE, toJson(report) + "\n");
            } else {
                send(exchange, 200, PrometheusMetrics.CONTENT_TYPE, PrometheusMetrics.render(status.snapshot()));
            }
        } catch (IOException e) {
            // A client that hangs up mid-response must not take the dispatcher down with it.
            log.debug("HTTP exchange failed: {}", e.toString());
        } catch (RuntimeException e) {
            log.warn("internal error answering {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            trySend(exchange, 500, "{\"error\":\"internal error\"}\n");
        }
    }

    private static void trySend(HttpExchange exchange, int code, String body) {
        try (exchange) {
            send(exchange, code, JSON_TYPE, body);
        } catch (IOException | RuntimeException ignored) {
            // headers were already sent or the client is gone: nothing more to say
        }
    }

    private static String toJson(HealthReport report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the health report", e);
        }
    }

    private static void send(HttpExchange exchange, int code, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
