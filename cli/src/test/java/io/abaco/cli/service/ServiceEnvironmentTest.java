package io.abaco.cli.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Services started by abaco serve the environment the operator selected, not their own default. */
class ServiceEnvironmentTest {
    @TempDir
    Path root;

    private Path workspace;
    private Map<String, String> env;

    @AfterEach
    void stopV1() {
        if (workspace != null) CliRun.of(env, "-w", workspace.toString(), "service", "stop", "v1");
    }

    @Test
    void serviceStartHandsTheSelectedEnvironmentToTheService() throws Exception {
        env = new HashMap<>(System.getenv());
        env.remove("PIPELINE_ENV");
        workspace = root.resolve("ws");
        assertThat(CliRun.of(env, "init", workspace.toString(), "--rows", "50").exitCode())
                .isZero();
        Files.writeString(
                workspace.resolve("config/environments/staging.yml"),
                Files.readString(workspace.resolve("config/environments/staging.yml"))
                        + "\ncutover:\n  v1:\n    command: [bash, -c, 'echo \"$PIPELINE_ENV\" > seen-env.txt; exec sleep 30']\n"
                        + "    busy_file: ''\n");

        CliRun started = CliRun.of(env, "-w", workspace.toString(), "--env", "staging", "service", "start", "v1");

        assertThat(started.exitCode()).as(started.all()).isZero();
        Path seen = workspace.resolve("seen-env.txt");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!(Files.isRegularFile(seen) && Files.size(seen) > 0)
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(Files.readString(seen).strip()).isEqualTo("staging");
    }

    @Test
    void rehearsingOnProductionNeedsItsOwnFlagAndChangesNothing() {
        env = Map.of();
        workspace = root.resolve("ws");
        CliRun.of(env, "init", workspace.toString(), "--rows", "50");

        CliRun refused = CliRun.of(
                Map.of("ABACO_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
                "-w",
                workspace.toString(),
                "--env",
                "production",
                "cutover",
                "rehearse");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.stderr())
                .startsWith("abaco: a rehearsal cuts over and rolls back for real: rehearse on"
                        + " staging, or add --allow-production to rehearse on production deliberately");
        assertThat(workspace.resolve("logs/cutover")).doesNotExist();
    }
}
