package io.abaco.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.config.model.AbacoConfig;
import io.abaco.config.placeholder.PlaceholderResolver;
import io.abaco.config.placeholder.PlaceholderResolver.Malformed;
import io.abaco.config.placeholder.PlaceholderResolver.Missing;
import io.abaco.config.placeholder.PlaceholderResolver.Resolved;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaceholderTest {
    @TempDir
    Path root;

    ConfigFixture fixture;

    @BeforeEach
    void workspace() {
        fixture = new ConfigFixture(root).environment("development", "").environment("production", "");
    }

    @Test
    void requiredDefaultAndLiteralForms() {
        PlaceholderResolver resolver = new PlaceholderResolver(Map.of("HOST", "db.internal", "EMPTY", ""));

        assertThat(resolver.resolve("jdbc:postgresql://${HOST}:5432/x"))
                .isEqualTo(new Resolved("jdbc:postgresql://db.internal:5432/x", Set.of("HOST")));
        assertThat(resolver.resolve("${PORT:-5432}")).isEqualTo(new Resolved("5432", Set.of()));
        assertThat(resolver.resolve("${EMPTY:-fallback}")).isEqualTo(new Resolved("fallback", Set.of()));
        assertThat(resolver.resolve("cost $${HOST} and $5")).isEqualTo(new Resolved("cost ${HOST} and $5", Set.of()));
        assertThat(resolver.resolve("${A}-${HOST}-${B}")).isEqualTo(new Missing(List.of("A", "B")));
        assertThat(resolver.resolve("${EMPTY}")).isEqualTo(new Missing(List.of("EMPTY")));
        assertThat(resolver.resolve("${HOST")).isEqualTo(new Malformed("unclosed placeholder '${HOST'"));
        assertThat(resolver.resolve("${1X}"))
                .isEqualTo(new Malformed("invalid placeholder '${1X}': write ${NAME} or ${NAME:-default}"));
    }

    @Test
    void valuesFromTheEnvironmentAreNeverExpandedAgain() {
        PlaceholderResolver resolver = new PlaceholderResolver(Map.of("A", "${B}", "B", "${A}"));

        assertThat(resolver.resolve("${A}")).isEqualTo(new Resolved("${B}", Set.of("A")));
    }

    @Test
    void placeholdersResolveEverywhereInTheTree() {
        fixture.master(
                """
                version: 2
                name: "abaco-${TEAM}"
                serve: {port: "${PORT:-8400}", host: "$${HOST}"}
                pipeline:
                  ingestion: {path: "${TAPE}"}
                """);

        AbacoConfig config = fixture.load("development", Map.of("TEAM", "risk", "TAPE", "${B}"))
                .config();

        assertThat(config.name()).isEqualTo("abaco-risk");
        assertThat(config.serve().port()).isEqualTo(8400);
        assertThat(config.serve().host()).isEqualTo("${HOST}");
        assertThat(config.pipeline().ingestion().path()).as("not re-expanded").isEqualTo("${B}");
    }

    @Test
    void aDemoWorkspaceValidatesWithNoEnvironmentVariables() {
        fixture.master(
                """
                version: 2
                pipeline:
                  ingestion:
                    cascade: {base_url: "${CASCADE_URL}", timeout_seconds: "${CASCADE_TIMEOUT}"}
                  output:
                    database: {enabled: false, url: "${ABACO_DB_URL}", password: "${DB_PASSWORD}"}
                alerts:
                  slack: {webhook_url: "${SLACK_WEBHOOK_URL}"}
                cutover:
                  v1: {controller: process, token: "${V1_TOKEN}"}
                """);

        AbacoConfig config = fixture.load("development").config();

        assertThat(config.pipeline().output().database().url()).isNull();
        assertThat(config.pipeline().output().database().password()).isNull();
        assertThat(config.pipeline().ingestion().cascade().baseUrl()).isNull();
        assertThat(config.pipeline().ingestion().cascade().timeoutSeconds())
                .as("a disabled number falls back to its default")
                .isEqualTo(30.0);
        assertThat(config.alerts().slack().webhookUrl()).isNull();
        assertThat(config.cutover().v1().token()).isNull();
    }

    @Test
    void enablingASectionMakesItsPlaceholdersRequired() {
        fixture.master(
                        """
                version: 2
                pipeline:
                  output:
                    database: {url: "${ABACO_DB_URL}", password: "${DB_PASSWORD}"}
                cutover:
                  v2: {controller: http, start_url: "http://127.0.0.1:1/start", stop_url: "http://127.0.0.1:1/stop",
                       token: "${V2_TOKEN}"}
                """)
                .environment(
                        "production",
                        """
                        pipeline:
                          output:
                            database: {enabled: true}
                        alerts:
                          slack: {enabled: true}
                        """);

        assertThat(fixture.problems("production"))
                .containsExactly(
                        "config/pipeline.yml:4:21: pipeline.output.database.url: environment variable ABACO_DB_URL is"
                                + " not set",
                        "config/pipeline.yml:4:50: pipeline.output.database.password: environment variable DB_PASSWORD"
                                + " is not set",
                        "config/pipeline.yml:7:15: cutover.v2.token: environment variable V2_TOKEN is not set",
                        "config/environments/production.yml:5:20: alerts.slack.webhook_url: environment variable"
                                + " SLACK_WEBHOOK_URL is not set (the built-in default is ${SLACK_WEBHOOK_URL})");
    }

    @Test
    void theSwitchItselfMayBeAPlaceholder() {
        fixture.master(
                """
                version: 2
                pipeline:
                  output:
                    database: {enabled: "${DB_ENABLED:-false}", url: "${DB_URL_FOR_TEST}"}
                """);

        assertThat(fixture.load("development")
                        .config()
                        .pipeline()
                        .output()
                        .database()
                        .enabled())
                .isFalse();
        assertThat(fixture.problems("development", Map.of("DB_ENABLED", "true")))
                .containsExactly("config/pipeline.yml:4:54: pipeline.output.database.url: environment variable"
                        + " DB_URL_FOR_TEST is not set");
    }

    @Test
    void outsideOptionalSectionsAMissingVariableIsAlwaysAnError() {
        fixture.master("version: 2\ncutover:\n  v1: {health_url: \"${V1_HEALTH}\"}\n");

        assertThat(fixture.problems("development"))
                .containsExactly("config/pipeline.yml:3:20: cutover.v1.health_url: environment variable V1_HEALTH is"
                        + " not set");
    }

    @Test
    void aMalformedPlaceholderIsAProblemEvenInADisabledSection() {
        fixture.master("version: 2\nalerts:\n  slack: {webhook_url: \"${SLACK\"}\n");

        assertThat(fixture.problems("development"))
                .containsExactly("config/pipeline.yml:3:24: alerts.slack.webhook_url: unclosed placeholder '${SLACK'");
    }
}
