package io.abaco.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abaco.config.ConfigLoader;
import io.abaco.config.LoadedConfig;
import io.abaco.config.Workspace;
import io.abaco.cutover.controller.DrainedStop;
import io.abaco.cutover.controller.ServiceActionResult;
import io.abaco.cutover.controller.ServiceCommands;
import io.abaco.cutover.controller.ServiceName;
import io.abaco.validation.shadow.KpiSnapshot;
import io.abaco.validation.shadow.V1CommandExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace {@code abaco init} writes must work with the real process controller: V1 (the stand-in) starts from
 * the generated configuration, produces its outputs, and stops cleanly after its in-flight run.
 */
class GeneratedWorkspaceServicesTest {
    @TempDir
    Path directory;

    @Test
    void theV1StandInRunsUnderTheProcessControllerFromTheGeneratedConfig() throws Exception {
        Workspace workspace = new Workspace(directory.resolve("demo"));
        new WorkspaceScaffold().create(new ScaffoldRequest(workspace.root(), 5_000, 42, false, null));
        Map<String, String> environment = Map.of("PATH", System.getenv("PATH"));
        LoadedConfig loaded = ConfigLoader.load(workspace, "development", environment);
        ServiceCommands services = new ServiceCommands(loaded.config().cutover(), workspace, environment, false);
        Path kpis = workspace.resolve("data/metrics/v1/kpis.json");

        ServiceActionResult start = services.start(ServiceName.V1);
        DrainedStop stop;
        try {
            assertThat(start.after().running()).as(start.message()).isTrue();
            waitFor(kpis);
        } finally {
            stop = services.stopAfterInFlightRun(ServiceName.V1, 20);
        }

        assertThat(stop.stop().after().running()).isFalse();
        JsonNode values = new ObjectMapper().readTree(kpis.toFile());
        assertThat(values.get("par_30").doubleValue()).isBetween(0.0, 100.0);
        assertThat(workspace.resolve("data/metrics/v1/loans.csv")).exists();
        assertThat(workspace.resolve("legacy/run/v1.busy")).doesNotExist();
        assertThat(Files.readString(workspace.resolve("legacy/run/v1.log"))).contains("run complete", "stopped");
    }

    @Test
    void theV1RunCommandFeedsShadowComparison() {
        Workspace workspace = new Workspace(directory.resolve("demo"));
        new WorkspaceScaffold().create(new ScaffoldRequest(workspace.root(), 600, 42, false, null));
        LoadedConfig loaded = ConfigLoader.load(workspace, "development", Map.of("PATH", System.getenv("PATH")));
        V1CommandExecutor v1 =
                new V1CommandExecutor(loaded.config().cutover().v1(), workspace.root(), Duration.ofSeconds(60));

        KpiSnapshot snapshot = v1.run(workspace.resolve(WorkspaceScaffold.TAPE), directory.resolve("shadow/v1"));

        assertThat(snapshot.kpis()).containsOnlyKeys("par_30", "par_90", "collection_rate", "portfolio_health");
        assertThat(snapshot.kpis().get("collection_rate")).isPositive();
        assertThat(snapshot.loans()).isEqualTo(directory.resolve("shadow/v1/loans.csv"));
    }

    private static void waitFor(Path file) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!Files.exists(file)) {
            if (Instant.now().isAfter(deadline)) throw new AssertionError("no " + file + " within 60 s");
            Thread.sleep(50);
        }
    }
}
