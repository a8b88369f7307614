package io.abaco.cutover.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.config.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service must keep running after the abaco process that started it has exited. */
class OutlivesAbacoTest {
    @TempDir
    Path root;

    @AfterEach
    void killTheOrphan() throws IOException {
        Path pidfile = root.resolve("run/v1.pid");
        if (!Files.exists(pidfile)) return;
        ProcessHandle.of(Long.parseLong(Files.readAllLines(pidfile).get(0))).ifPresent(handle -> {
            handle.descendants().forEach(ProcessHandle::destroyForcibly);
            handle.destroyForcibly();
        });
    }

    @Test
    void aServiceStartedByAnotherJvmOutlivesItAndIsStoppedFromHere() throws Exception {
        Path script = ChildProcesses.script(root, "graceful.sh", ChildProcesses.GRACEFUL);
        String javaLauncher = ProcessHandle.current().info().command().orElse("java");
        Process abaco = new ProcessBuilder(
                        javaLauncher,
                        "-cp",
                        System.getProperty("java.class.path"),
                        StartThenExit.class.getName(),
                        root.toString(),
                        script.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(abaco.getInputStream().readAllBytes());
        assertThat(abaco.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(abaco.exitValue()).as(output).isZero();

        ServiceController controller = ServiceControllers.create(
                "v1",
                // a generous grace: on a loaded machine the trap can take over 2 s to run; a SIGTERM still ends it at
                // once
                ServiceConfigBuilder.process("bash", script.toString())
                        .graceSeconds(15)
                        .build(),
                new Workspace(root),
                System.getenv(),
                false);
        ServiceStatus status = controller.status();

        assertThat(output).contains("started pid " + status.pid());
        assertThat(status.running()).isTrue();
        assertThat(ProcessHandle.of(status.pid()).flatMap(ProcessHandle::parent).map(ProcessHandle::pid))
                .isNotEqualTo(Optional.of(abaco.pid()));

        ControlResult stopped = controller.stop();

        assertThat(stopped.message()).contains("with SIGTERM");
        assertThat(ChildProcesses.alive(status.pid())).isFalse();
    }
}
