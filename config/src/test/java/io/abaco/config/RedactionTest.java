package io.abaco.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.abaco.error.ConfigException;
import io.abaco.error.ConfigProblem;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedactionTest {
    private static final String DB_PASSWORD = "pw-Quokka-7731";
    private static final String COOKIE = "cookie-Wombat-4410";
    private static final String WEBHOOK = "https://hooks.example.test/T000/B000/Numbat9";
    private static final Map<String, String> ENVIRONMENT =
            Map.of("DB_PASSWORD", DB_PASSWORD, "CASCADE_SESSION_COOKIE", COOKIE, "SLACK_WEBHOOK_URL", WEBHOOK);

    @TempDir
    Path root;

    ConfigFixture fixture;

    @BeforeEach
    void workspace() {
        Secrets.clearForTests();
        fixture = new ConfigFixture(root)
                .master(
                        """
                        version: 2
                        pipeline:
                          ingestion:
                            source: cascade_http
                            cascade: {base_url: "https://cascade.test", portfolio_id: p1, auth: cookie}
                          output:
                            database:
                              enabled: true
                              url: "jdbc:postgresql://127.0.0.1:5432/test?user=abaco&password=${DB_PASSWORD}"
                              password: "${DB_PASSWORD}"
                        alerts:
                          slack: {enabled: true}
                        """)
                .environment("production", "");
    }

    @Test
    void theRedactedTreeHoldsNoSecretValue() {
        LoadedConfig loaded = fixture.load("production", ENVIRONMENT);
        JsonNode redacted = loaded.redactedTree();

        assertThat(loaded.tree().toString()).contains(DB_PASSWORD, COOKIE, WEBHOOK);
        assertThat(redacted.toString()).doesNotContain(DB_PASSWORD, COOKIE, WEBHOOK, "Numbat9");
        assertThat(redacted.at("/pipeline/output/database/password").asText()).isEqualTo(Secrets.MASK);
        assertThat(redacted.at("/pipeline/output/database/url").asText())
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/test?user=abaco&password=***");
        assertThat(redacted.at("/pipeline/ingestion/cascade/token").asText()).isEqualTo(Secrets.MASK);
        assertThat(redacted.at("/alerts/slack/webhook_url").asText()).isEqualTo(Secrets.MASK);
        assertThat(redacted.at("/pipeline/ingestion/cascade/cookie_name").asText())
                .as("the cookie's name is not a secret")
                .isEqualTo("session");
        assertThat(loaded.redactedJson()).doesNotContain(DB_PASSWORD, COOKIE, WEBHOOK);
        assertThat(loaded.config().pipeline().output().database().password()).isEqualTo(DB_PASSWORD);
    }

    @Test
    void loadingRegistersEverySecretSoLaterOutputIsScrubbed() {
        fixture.load("production", ENVIRONMENT);

        assertThat(Secrets.redact("cascade said: bad cookie " + COOKIE + " / " + DB_PASSWORD + " / " + WEBHOOK))
                .isEqualTo("cascade said: bad cookie *** / *** / ***");
    }

    @Test
    void theHashDoesNotDependOnSecretValues() {
        String first = fixture.load("production", ENVIRONMENT).sha256();
        Map<String, String> rotated = Map.of(
                "DB_PASSWORD", "pw-rotated-0001", "CASCADE_SESSION_COOKIE", COOKIE, "SLACK_WEBHOOK_URL", WEBHOOK);

        assertThat(fixture.load("production", rotated).sha256()).isEqualTo(first);
    }

    @Test
    void noProblemMessageRepeatsASecret() {
        fixture.environment(
                "production",
                """
                serve: {port: "${DB_PASSWORD}"}
                pipeline:
                  ingestion:
                    cascade: {timeout_seconds: "${CASCADE_SESSION_COOKIE}"}
                  output:
                    database: {url: "postgres://abaco:${DB_PASSWORD}@127.0.0.1/test"}
                alerts:
                  slack: {webhook_url: "ftp://${DB_PASSWORD}@hooks.test"}
                """);

        ConfigException failure = fixture.failure("production", ENVIRONMENT);

        assertThat(failure.problems())
                .extracting(ConfigProblem::render)
                .containsExactly(
                        "config/environments/production.yml:1:15: serve.port: expected a number, got '***'",
                        "config/environments/production.yml:4:32: pipeline.ingestion.cascade.timeout_seconds: expected"
                                + " a number, got '***'",
                        "config/environments/production.yml:6:21: pipeline.output.database.url: expected a JDBC URL"
                                + " starting with jdbc:postgresql:",
                        "config/environments/production.yml:8:24: alerts.slack.webhook_url: expected an http:// or"
                                + " https:// URL");
        assertThat(failure.getMessage()).doesNotContain(DB_PASSWORD, COOKIE);
    }
}
