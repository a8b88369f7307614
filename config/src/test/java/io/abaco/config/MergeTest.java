package io.abaco.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.config.model.AbacoConfig;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeTest {
    @TempDir
    Path root;

    ConfigFixture fixture;

    @BeforeEach
    void workspace() {
        fixture = new ConfigFixture(root)
                .master(
                        """
                        version: 2
                        pipeline:
                          ingestion:
                            strict: false
                            deduplication: {keys: [loan_id, measurement_date, portfolio]}
                          output:
                            dir: data/metrics/development
                            formats: [parquet, csv, json]
                        serve: {port: 9000}
                        """)
                .environment("development", "")
                .environment(
                        "production",
                        """
                        pipeline:
                          ingestion:
                            deduplication: {keys: [loan_id]}
                          output:
                            dir: data/metrics/production
                            formats: [json]
                        """);
    }

    @Test
    void mapsMergeKeyByKeyAndListsReplace() {
        AbacoConfig config = fixture.load("production").config();

        assertThat(config.environment()).isEqualTo("production");
        assertThat(config.pipeline().ingestion().strict()).as("from the master").isFalse();
        assertThat(config.pipeline().ingestion().deduplication().enabled())
                .as("from the defaults")
                .isTrue();
        assertThat(config.pipeline().ingestion().deduplication().keys())
                .as("the environment's list replaces the master's")
                .containsExactly("loan_id");
        assertThat(config.pipeline().output().formats()).containsExactly("json");
        assertThat(config.pipeline().output().dir()).isEqualTo("data/metrics/production");
        assertThat(config.serve().port()).isEqualTo(9000);
    }

    @Test
    void theEnvironmentSelectsItsOverrides() {
        AbacoConfig development = fixture.load("development").config();

        assertThat(development.pipeline().output().formats()).containsExactly("parquet", "csv", "json");
        assertThat(development.pipeline().ingestion().deduplication().keys())
                .containsExactly("loan_id", "measurement_date", "portfolio");
    }

    @Test
    void environmentNameComesFromTheFlagThenPipelineEnvThenDevelopment() {
        assertThat(ConfigLoader.environmentName("staging", Map.of("PIPELINE_ENV", "production")))
                .isEqualTo("staging");
        assertThat(ConfigLoader.environmentName(null, Map.of("PIPELINE_ENV", "production")))
                .isEqualTo("production");
        assertThat(ConfigLoader.environmentName(" ", Map.of())).isEqualTo("development");
    }

    @Test
    void aSectionLeftEmptyInAnOverrideChangesNothing() {
        fixture.environment("staging", "pipeline:\n  output:\n    database:\n    # enabled: true\n");

        assertThat(fixture.load("staging")
                        .config()
                        .pipeline()
                        .output()
                        .database()
                        .schema())
                .isEqualTo("analytics");
    }

    @Test
    void aProblemInAnOverrideIsLocatedInTheEnvironmentFile() {
        fixture.environment("staging", "serve:\n  port: many\n");

        assertThat(fixture.problems("staging"))
                .containsExactly("config/environments/staging.yml:2:9: serve.port: expected a number, got 'many'");
    }

    @Test
    void anchorsAliasesAndMergeKeysAreFine() {
        fixture.master(
                """
                version: 2
                x-service: &service {controller: command, start_command: ./start, stop_command: ./stop,
                                     status_command: ./status}
                cutover:
                  v1: *service
                  v2:
                    <<: *service
                    start_command: ./start-v2
                """);

        assertThat(fixture.problems("development"))
                .as("top-level helper keys are still unknown keys")
                .containsExactly("config/pipeline.yml:2:1: x-service: unknown key 'x-service' (known keys: version,"
                        + " name, run, pipeline, serve, cutover, validation, alerts)");

        fixture.master(
                """
                version: 2
                cutover:
                  v1: &service {controller: command, start_command: ./start, stop_command: ./stop,
                                status_command: ./status}
                  v2:
                    <<: *service
                    start_command: ./start-v2
                """);

        AbacoConfig config = fixture.load("development").config();
        assertThat(config.cutover().v1().startCommand()).isEqualTo("./start");
        assertThat(config.cutover().v2().controller()).isEqualTo("command");
        assertThat(config.cutover().v2().startCommand()).isEqualTo("./start-v2");
        assertThat(config.cutover().v2().stopCommand()).isEqualTo("./stop");
    }
}
