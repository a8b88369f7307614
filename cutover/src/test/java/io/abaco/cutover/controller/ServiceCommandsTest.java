package io.abaco.cutover.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abaco.config.Workspace;
import io.abaco.config.model.CutoverConfig;
import io.abaco.config.model.ServiceConfig;
import io.abaco.error.ConfigException;
import io.abaco.error.ExternalServiceException;
import io.abaco.error.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceCommandsTest {
    @TempDir
    Path root;

    private ServiceConfig v1;
    private Workspace workspace;

    @BeforeEach
    void setUp() throws IOException {
        workspace = new Workspace(root);
        Path script = ChildProcesses.script(root, "v1.sh", ChildProcesses.GRACEFUL);
        v1 = ServiceConfigBuilder.process("bash", script.toString())
                .busyFile("run/v1.busy", 5)
                .build();
    }

    @AfterEach
    void killLeftovers() {
        ChildProcesses.killAllMentioning(root);
    }

    private ServiceCommands commands(boolean dryRun) {
        return new ServiceCommands(new CutoverConfig(v1, null, null, null), workspace, System.getenv(), dryRun);
    }

    @Test
    void startObservesBeforeAndAfterAndWaitsForHealth() {
        ServiceActionResult result = commands(false).start(ServiceName.V1);

        assertThat(result.service()).isEqualTo("v1");
        assertThat(result.action()).isEqualTo("start");
        assertThat(result.changed()).isTrue();
        assertThat(result.before().state()).isEqualTo(ServiceState.STOPPED);
        assertThat(result.after().healthy()).isTrue();
        assertThat(result.message())
                .startsWith("v1: started pid " + result.after().pid());
        assertThat(result.durationMs()).isNotNegative();
    }

    @Test
    void statusChangesNothing() {
        ServiceActionResult result = commands(false).status(ServiceName.V1);

        assertThat(result.changed()).isFalse();
        assertThat(result.before()).isEqualTo(result.after());
        assertThat(result.message()).isEqualTo("v1: not running (no pidfile run/v1.pid)");
    }

    @Test
    void v1StopWaitsForTheInFlightRunStopsAndKeepsTheLogTail() throws IOException {
        ServiceCommands commands = commands(false);
        commands.start(ServiceName.V1);

        DrainedStop drained = commands.stopAfterInFlightRun(ServiceName.V1, 5);

        assertThat(drained.inFlight().wasBusy()).isFalse();
        assertThat(drained.stop().changed()).isTrue();
        assertThat(drained.stop().before().running()).isTrue();
        assertThat(drained.stop().after().state()).isEqualTo(ServiceState.STOPPED);
        assertThat(drained.logTail()).last().isEqualTo("got TERM, exiting");
    }

    @Test
    void aDryRunV1StopOnlyLooksAtTheBusyFileAndLeavesV1Running() throws IOException {
        commands(false).start(ServiceName.V1);
        Files.createDirectories(root.resolve("run"));
        Files.createFile(root.resolve("run/v1.busy"));

        DrainedStop drained = commands(true).stopAfterInFlightRun(ServiceName.V1, 5);

        assertThat(drained.inFlight().message())
                .isEqualTo("a v1 run is in flight (run/v1.busy exists); would wait up to 5 s");
        assertThat(drained.stop().changed()).isFalse();
        assertThat(drained.stop().after().running()).isTrue();
        assertThat(root.resolve("run/v1.pid")).exists();
    }

    @Test
    void aServiceThatIsNotConfiguredIsAConfigError() {
        assertThatThrownBy(() -> commands(false).status(ServiceName.V2))
                .isInstanceOf(ConfigException.class)
                .hasMessage("config/pipeline.yml: cutover.v2: not configured: abaco cannot drive v2 without it");
    }

    @Test
    void aFailedStartPropagates() throws IOException {
        Path crash = ChildProcesses.script(root, "crash.sh", "#!/usr/bin/env bash\necho 'no tape found'\nexit 2\n");
        v1 = ServiceConfigBuilder.process("bash", crash.toString()).build();

        assertThatThrownBy(() -> commands(false).start(ServiceName.V1))
                .isInstanceOf(ExternalServiceException.class)
                .hasMessageContaining("v1 exited right after start (exit 2)")
                .hasMessageContaining("no tape found");
    }

    @Test
    void serviceNamesAreV1AndV2Only() {
        assertThat(ServiceName.parse("V2")).isEqualTo(ServiceName.V2);
        assertThatThrownBy(() -> ServiceName.parse("v3"))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown service 'v3' (expected v1 or v2)");
    }
}
