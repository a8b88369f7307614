package io.abaco.pipeline.ingest.cascade;

import io.abaco.config.Secrets;
import io.abaco.config.model.CascadeConfig;
import io.abaco.error.ConfigException;
import io.abaco.error.ConfigProblem;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/** Builds the export request: URL with {@code {portfolio_id}} substituted, authentication header, timeout. */
final class CascadeRequests {
    private static final String KEY = "pipeline.ingestion.cascade";

    private CascadeRequests() {}

    static URI uri(CascadeConfig config) {
        if (config.baseUrl() == null || config.baseUrl().isBlank()) throw problem("base_url", "is required");
        String endpoint = config.endpoint() == null ? "" : config.endpoint();
        if (endpoint.contains("{portfolio_id}")) {
            if (config.portfolioId() == null || config.portfolioId().isBlank()) {
                throw problem("portfolio_id", "is required: the endpoint holds {portfolio_id}");
            }
            endpoint = endpoint.replace(
                    "{portfolio_id}",
                    URLEncoder.encode(config.portfolioId(), StandardCharsets.UTF_8)
                            .replace("+", "%20"));
        }
        String base = config.baseUrl().endsWith("/") && endpoint.startsWith("/")
                ? config.baseUrl().substring(0, config.baseUrl().length() - 1)
                : config.baseUrl();
        try {
            return URI.create(base + endpoint);
        } catch (IllegalArgumentException e) {
            throw problem("base_url", "is not a valid URL with the endpoint: " + Secrets.redact(e.getMessage()));
        }
    }

    static HttpRequest request(CascadeConfig config, URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).GET().header("Accept", "text/csv, application/json");
        if (config.timeoutSeconds() > 0) builder.timeout(Duration.ofMillis((long) (config.timeoutSeconds() * 1000)));
        String token = config.token();
        if (token == null || token.isEmpty()) return builder.build();
        Secrets.register(token);
        String auth = config.auth() == null ? "bearer" : config.auth().toLowerCase(Locale.ROOT);
        switch (auth) {
            case "bearer" -> builder.header("Authorization", "Bearer " + token);
            case "cookie" -> {
                if (config.cookieName() == null || config.cookieName().isBlank()) {
                    throw problem("cookie_name", "is required when auth is cookie");
                }
                builder.header("Cookie", config.cookieName() + "=" + token);
            }
            default -> throw problem("auth", "must be bearer or cookie, not \"" + config.auth() + "\"");
        }
        return builder.build();
    }

    private static ConfigException problem(String key, String message) {
        return new ConfigException(new ConfigProblem("config/pipeline.yml", 0, 0, KEY + "." + key, message));
    }
}
