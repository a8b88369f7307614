package io.abaco.cli.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abaco.cli.CliRun;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusCommandTest {
    private static final Map<String, String> ENV = Map.of("ABACO_PII_KEY", "status-test-key");

    @TempDir
    Path root;

    @Test
    void aFreshWorkspaceHasNothingYetAndSaysWhatToRunFirst() {
        Path workspace = root.resolve("ws");
        assertThat(CliRun.of(ENV, "init", workspace.toString(), "--rows", "200").exitCode())
                .isZero();

        CliRun status = CliRun.of(ENV, "-w", workspace.toString(), "status");

        assertThat(status.exitCode()).isZero();
        assertThat(status.stdout())
                .contains("active pipeline  v1")
                .contains("last cutover     none")
                .contains("last run         none")
                .contains("last validation  none")
                .contains("next             abaco cutover run");
    }

    @Test
    void showsTheLastRunAndTheLastValidationVerdictFromTheirFiles() throws Exception {
        Path workspace = root.resolve("ws");
        CliRun.of(ENV, "init", workspace.toString(), "--rows", "200");
        assertThat(CliRun.of(ENV, "-w", workspace.toString(), "pipeline", "run").exitCode())
                .isZero();
        CliRun validate = CliRun.of(ENV, "-w", workspace.toString(), "validate", "--json");
        JsonNode report = new ObjectMapper().readTree(validate.stdout());

        JsonNode status = new ObjectMapper()
                .readTree(CliRun.of(ENV, "-w", workspace.toString(), "status", "--json")
                        .stdout());

        assertThat(status.path("active_pipeline").asText()).isEqualTo("v1");
        assertThat(status.path("last_run").path("run_id").asText()).startsWith("run_");
        assertThat(status.path("last_run").path("kpis").path("par_30").isNumber())
                .isTrue();
        assertThat(status.path("last_validation").path("status").asText())
                .isEqualTo(report.path("status").asText());
        assertThat(status.path("cutover").path("state").asText()).isEqualTo("none");
    }
}
