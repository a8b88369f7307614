package io.abaco.cutover.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.config.Workspace;
import io.abaco.config.model.ServiceConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DryRunControllerTest {
    @TempDir
    Path root;

    @AfterEach
    void killLeftovers() {
        ChildProcesses.killAllMentioning(root);
    }

    private List<Path> filesUnderRoot() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aDryRunStartStartsNoProcessAndWritesNoFile() throws IOException {
        Path script = ChildProcesses.script(root, "graceful.sh", ChildProcesses.GRACEFUL);
        ServiceConfig config =
                ServiceConfigBuilder.process("bash", script.toString()).build();
        List<Path> before = filesUnderRoot();
        ServiceController dryRun = ServiceControllers.create("v1", config, new Workspace(root), System.getenv(), true);

        ControlResult start = dryRun.start();
        ServiceStatus afterWait = dryRun.waitUntilHealthy(Duration.ofSeconds(30));
        ControlResult stop = dryRun.stop();

        assertThat(start.changed()).isFalse();
        assertThat(start.message())
                .isEqualTo("dry run: would start v1 via process: bash " + script + " in " + root
                        + " (pidfile run/v1.pid, log " + root.resolve("logs/v1.log") + ", SIGKILL after 2 s)");
        assertThat(afterWait.detail()).isEqualTo("dry run: would wait up to 30 s for v1 to be healthy");
        assertThat(stop.changed()).isFalse();
        assertThat(filesUnderRoot()).isEqualTo(before);
        assertThat(ProcessHandle.current()
                        .descendants()
                        .filter(handle -> handle.info().commandLine().orElse("").contains(script.toString())))
                .isEmpty();
        assertThat(dryRun.status().state()).isEqualTo(ServiceState.STOPPED);
    }

    @Test
    void aDryRunStopLeavesARunningServiceRunning() throws IOException {
        Path script = ChildProcesses.script(root, "graceful.sh", ChildProcesses.GRACEFUL);
        ServiceConfig config =
                ServiceConfigBuilder.process("bash", script.toString()).build();
        ServiceControllers.create("v1", config, new Workspace(root), System.getenv(), false)
                .start();
        long pid = Long.parseLong(Files.readAllLines(root.resolve("run/v1.pid")).get(0));

        ControlResult stop = ServiceControllers.create("v1", config, new Workspace(root), System.getenv(), true)
                .stop();

        assertThat(stop.message()).startsWith("dry run: would stop v1 via process: bash ");
        assertThat(ChildProcesses.alive(pid)).isTrue();
        assertThat(root.resolve("run/v1.pid")).exists();
    }

    @Test
    void aDryRunCommandControllerRunsNeitherStartNorStop() throws IOException {
        ServiceConfig config = ServiceConfigBuilder.controller("command")
                .commands("touch started", "touch stopped", "test -f started")
                .build();
        ServiceController dryRun = ServiceControllers.create("v1", config, new Workspace(root), System.getenv(), true);

        dryRun.start();
        dryRun.stop();

        assertThat(root.resolve("started")).doesNotExist();
        assertThat(root.resolve("stopped")).doesNotExist();
        assertThat(dryRun.describe())
                .isEqualTo("dry run of command: start `touch started`, stop `touch stopped`,"
                        + " status `test -f started` in " + root);
    }
}
