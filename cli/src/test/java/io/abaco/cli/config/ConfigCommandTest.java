package io.abaco.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abaco.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code config validate} and {@code config show} on a workspace made by {@code abaco init}. */
class ConfigCommandTest {
    private static final Map<String, String> PRODUCTION_ENVIRONMENT =
            Map.of("ABACO_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&password=s3cr3t-pw");

    @TempDir
    Path directory;

    private Path workspace;

    @BeforeEach
    void createWorkspace() {
        workspace = directory.resolve("demo");
        assertThat(CliRun.of(Map.of(), "init", workspace.toString(), "--rows", "20")
                        .exitCode())
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"development", "staging", "production"})
    void theGeneratedWorkspaceIsValidInEveryEnvironment(String environment) {
        CliRun run = CliRun.of(
                PRODUCTION_ENVIRONMENT, "-w", workspace.toString(), "config", "validate", "--env", environment);

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout())
                .isEqualTo("config/pipeline.yml + config/environments/" + environment + ".yml: valid"
                        + System.lineSeparator());
    }

    @Test
    void theEnvironmentComesFromPipelineEnvWithoutTheFlag() {
        CliRun run = CliRun.of(Map.of("PIPELINE_ENV", "staging"), "-w", workspace.toString(), "config", "validate");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("config/environments/staging.yml: valid");
    }

    @Test
    void productionWithoutItsDatabaseUrlIsAConfigurationError() {
        CliRun run = CliRun.of(Map.of(), "-w", workspace.toString(), "config", "validate", "--env", "production");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr())
                .startsWith("abaco: config/environments/production.yml:")
                .contains("ABACO_DB_URL");
    }

    @Test
    void everyProblemIsReportedWithItsPlace() throws IOException {
        Path master = workspace.resolve("config/pipeline.yml");
        String text = Files.readString(master)
                .replace("strict: true ", "strict: maybe ")
                .replace("timezone: UTC", "timezone: UTC\n  colour: blue");
        Files.writeString(master, text);
        String before = Files.readString(master);

        CliRun run = CliRun.of(Map.of(), "-w", workspace.toString(), "config", "validate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr().lines())
                .hasSizeGreaterThanOrEqualTo(2)
                .allMatch(line -> line.startsWith("abaco: config/pipeline.yml:"));
        assertThat(run.stderr()).contains("pipeline.ingestion.strict", "run.colour");
        assertThat(Files.readString(master)).isEqualTo(before);
    }

    @Test
    void showPrintsTheResolvedConfigurationAsYamlWithSecretsRedacted() {
        CliRun run =
                CliRun.of(PRODUCTION_ENVIRONMENT, "-w", workspace.toString(), "config", "show", "--env", "production");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout())
                .contains("name: abaco-loans-analytics")
                .contains("dir: data/metrics/production")
                .doesNotContain("s3cr3t-pw")
                .doesNotContain("${");
    }

    @Test
    void showJsonPrintsTheSameTreeAsJson() throws IOException {
        CliRun run = CliRun.of(
                PRODUCTION_ENVIRONMENT, "-w", workspace.toString(), "config", "show", "--env", "staging", "--json");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode tree = new ObjectMapper().readTree(run.stdout());
        assertThat(tree.at("/pipeline/output/database/schema").asText()).isEqualTo("analytics_staging");
        assertThat(tree.at("/pipeline/output/database/enabled").asBoolean()).isTrue();
        assertThat(run.stdout()).doesNotContain("s3cr3t-pw");
    }

    @Test
    void aMissingWorkspaceIsNamed() {
        Path missing = directory.resolve("nowhere");

        CliRun run = CliRun.of(Map.of(), "-w", missing.toString(), "config", "validate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr())
                .startsWith("abaco: workspace " + missing
                        + " does not exist; pass -w DIR, or create one with 'abaco init " + missing + "'");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aDirectoryWithoutConfigurationIsNotAWorkspace() {
        Path plain = directory.resolve("plain");
        assertThat(plain.toFile().mkdir()).isTrue();

        CliRun run = CliRun.of(Map.of(), "-w", plain.toString(), "config", "show");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("abaco: " + plain + " is not an abaco workspace (no config/pipeline.yml)");
        assertThat(plain).isEmptyDirectory();
    }
}
