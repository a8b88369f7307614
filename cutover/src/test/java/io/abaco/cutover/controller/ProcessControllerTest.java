package io.abaco.cutover.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abaco.config.Secrets;
import io.abaco.config.Workspace;
import io.abaco.config.model.ServiceConfig;
import io.abaco.error.ExternalServiceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessControllerTest {
    private static final Duration SETTLE = Duration.ofMillis(300);

    @TempDir
    Path root;

    private Workspace workspace;
    private Path pidfile;

    @BeforeEach
    void setUp() {
        workspace = new Workspace(root);
        pidfile = root.resolve("run/v1.pid");
    }

    @AfterEach
    void killLeftovers() {
        ChildProcesses.killAllMentioning(root);
    }

    private ServiceController controller(ServiceConfig config) {
        return ServiceControllers.createReal("v1", config, workspace, System.getenv(), SETTLE, HealthWait.real());
    }

    private ServiceConfig script(String name, String content) throws IOException {
        Path script = ChildProcesses.script(root, name, content);
        return ServiceConfigBuilder.process("bash", script.toString()).build();
    }

    private long pidInPidfile() throws IOException {
        return Long.parseLong(Files.readAllLines(pidfile).get(0));
    }

    @Test
    void startsInTheBackgroundAndANewControllerInstanceStopsItWithSigterm() throws IOException {
        ServiceConfig config = script("graceful.sh", ChildProcesses.GRACEFUL);

        ControlResult started = controller(config).start();

        assertThat(started.changed()).isTrue();
        long pid = pidInPidfile();
        assertThat(started.message()).contains("started pid " + pid);
        assertThat(ChildProcesses.alive(pid)).isTrue();
        ServiceStatus status = controller(config).status();
        assertThat(status.state()).isEqualTo(ServiceState.RUNNING);
        assertThat(status.healthy()).isTrue();
        assertThat(status.pid()).isEqualTo(pid);

        ControlResult stopped = controller(config).stop();

        assertThat(stopped.changed()).isTrue();
        assertThat(stopped.message()).contains("stopped pid " + pid, "with SIGTERM");
        assertThat(ChildProcesses.alive(pid)).isFalse();
        assertThat(pidfile).doesNotExist();
        assertThat(root.resolve("logs/v1.log")).content().contains("service up as pid " + pid, "got TERM, exiting");
        assertThat(controller(config).status().state()).isEqualTo(ServiceState.STOPPED);
    }

    @Test
    void runsInASessionOfItsOwnSoItOutlivesAbaco() throws IOException {
        ServiceConfig config = script("graceful.sh", ChildProcesses.GRACEFUL);
        controller(config).start();
        long pid = pidInPidfile();

        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long sessionId = Long.parseLong(fields[3]); // field 6: session id

        assertThat(sessionId).isEqualTo(pid);
        assertThat(Files.readAllLines(pidfile)).hasSize(3).element(1).asString().startsWith("start=");
    }

    @Test
    void startAndStopAreIdempotent() throws IOException {
        ServiceConfig config = script("graceful.sh", ChildProcesses.GRACEFUL);
        ServiceController controller = controller(config);
        controller.start();
        long pid = pidInPidfile();

        ControlResult again = controller.start();

        assertThat(again.changed()).isFalse();
        assertThat(again.message()).isEqualTo("already running (pid " + pid + ")");
        assertThat(pidInPidfile()).isEqualTo(pid);

        controller.stop();
        ControlResult stopAgain = controller.stop();

        assertThat(stopAgain.changed()).isFalse();
        assertThat(stopAgain.message()).isEqualTo("not running (no pidfile)");
    }

    @Test
    void escalatesToSigkillWhenSigtermIsIgnored() throws IOException {
        Path script = ChildProcesses.script(root, "stubborn.sh", ChildProcesses.STUBBORN);
        ServiceConfig config = ServiceConfigBuilder.process("bash", script.toString())
                .graceSeconds(0.3)
                .build();
        ServiceController controller = controller(config);
        controller.start();
        long pid = pidInPidfile();

        ControlResult stopped = controller.stop();

        assertThat(stopped.message()).contains("with SIGKILL after ignoring SIGTERM for 0.3 s");
        assertThat(ChildProcesses.alive(pid)).isFalse();
        assertThat(pidfile).doesNotExist();
    }

    @Test
    void aProcessThatExitsAtOnceIsAFailedStartWithItsLogTailRedacted() throws IOException {
        Secrets.register("hunter2-db-password");
        ServiceConfig config = script(
                "crash.sh",
                """
                #!/usr/bin/env bash
                echo "connecting with password hunter2-db-password"
                echo "fatal: port 8080 already in use"
                exit 3
                """);

        assertThatThrownBy(() -> controller(config).start())
                .isInstanceOf(ExternalServiceException.class)
                .hasMessageContaining("v1 exited right after start (exit 3)")
                .hasMessageContaining("fatal: port 8080 already in use")
                .hasMessageContaining("connecting with password ***")
                .hasMessageNotContaining("hunter2-db-password");
        assertThat(pidfile).doesNotExist();
    }

    @Test
    void aStalePidfileIsReportedThenCleanedByTheNextStart() throws Exception {
        ServiceConfig config = script("graceful.sh", ChildProcesses.GRACEFUL);
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Files.createDirectories(pidfile.getParent());
        Files.writeString(pidfile, finished.pid() + "\nstart=ticks:1\ncommand=old\n");
        ServiceController controller = controller(config);

        ServiceStatus status = controller.status();

        assertThat(status.state()).isEqualTo(ServiceState.STOPPED);
        assertThat(status.detail()).isEqualTo("stale pidfile run/v1.pid: pid " + finished.pid() + " is not running");

        ControlResult started = controller.start();

        assertThat(started.message())
                .startsWith("removed stale pidfile run/v1.pid")
                .contains("started pid");
        assertThat(pidInPidfile()).isNotEqualTo(finished.pid());
    }

    @Test
    void neverSignalsAnUnrelatedProcessThatReusedThePid() throws Exception {
        Path bystanderScript = ChildProcesses.script(root, "bystander.sh", ChildProcesses.GRACEFUL);
        Process bystander = new ProcessBuilder("bash", bystanderScript.toString()).start();
        Files.createDirectories(pidfile.getParent());
        Files.writeString(pidfile, bystander.pid() + "\nstart=ticks:1\ncommand=bash v1.sh\n");
        ServiceController controller = controller(script("graceful.sh", ChildProcesses.GRACEFUL));

        ServiceStatus status = controller.status();
        ControlResult stopped = controller.stop();

        assertThat(status.state()).isEqualTo(ServiceState.STOPPED);
        assertThat(status.detail()).contains("now belongs to another process", "bystander.sh");
        assertThat(stopped.changed()).isFalse();
        assertThat(stopped.message())
                .startsWith("removed stale pidfile run/v1.pid: pid " + bystander.pid())
                .doesNotEndWith(";");
        assertThat(bystander.isAlive()).isTrue();
        assertThat(pidfile).doesNotExist();
    }

    @Test
    void aPidfileWithoutStartTimeMakesTheStateUnknownAndStartAndStopRefuse() throws IOException {
        Files.createDirectories(pidfile.getParent());
        Files.writeString(pidfile, ProcessHandle.current().pid() + "\n");
        ServiceController controller = controller(script("graceful.sh", ChildProcesses.GRACEFUL));

        assertThat(controller.status().state()).isEqualTo(ServiceState.UNKNOWN);
        assertThatThrownBy(controller::stop)
                .isInstanceOf(ExternalServiceException.class)
                .hasMessage("v1: cannot tell whether it runs: pidfile " + pidfile + " has no start= line; cannot tell"
                        + " whether pid " + ProcessHandle.current().pid() + " is still the process abaco started"
                        + " (remove the pidfile once you have checked by hand)");
        assertThatThrownBy(controller::start)
                .isInstanceOf(ExternalServiceException.class)
                .hasMessageContaining("has no start= line");
        assertThat(pidfile).hasContent(ProcessHandle.current().pid() + "\n");
        assertThat(root.resolve("logs/v1.log")).doesNotExist();
    }

    @Test
    void aMissingWorkdirIsAFailedStart() throws IOException {
        Path script = ChildProcesses.script(root, "graceful.sh", ChildProcesses.GRACEFUL);
        ServiceConfig config = ServiceConfigBuilder.process("bash", script.toString())
                .workdir("no/such/dir")
                .build();

        assertThatThrownBy(() -> controller(config).start())
                .isInstanceOf(ExternalServiceException.class)
                .hasMessageStartingWith("cannot start v1 (bash " + script + ")");
        assertThat(pidfile).doesNotExist();
    }

    @Test
    void aProcessWhosePidfileCannotBeWrittenIsKilledAgain() throws IOException {
        Files.writeString(root.resolve("blocker"), "a file where the pidfile directory should be");
        Path script = ChildProcesses.script(root, "graceful.sh", ChildProcesses.GRACEFUL);
        ServiceConfig config = ServiceConfigBuilder.process("bash", script.toString())
                .pidfile("blocker/v1.pid")
                .build();

        assertThatThrownBy(() -> controller(config).start())
                .isInstanceOf(ExternalServiceException.class)
                .hasMessageStartingWith("v1: started, then killed again: cannot write");
        assertThat(ProcessHandle.current()
                        .descendants()
                        .filter(ProcessHandle::isAlive)
                        .filter(handle -> handle.info().commandLine().orElse("").contains(script.toString())))
                .isEmpty();
    }

    @Test
    void logTailReturnsTheLastLines() throws IOException {
        Files.createDirectories(root.resolve("logs"));
        Files.write(root.resolve("logs/v1.log"), List.of("one", "two", "three", "four"));
        ServiceController controller = controller(script("graceful.sh", ChildProcesses.GRACEFUL));

        assertThat(controller.logTail(2)).containsExactly("three", "four");
        assertThat(controller.logTail(10)).containsExactly("one", "two", "three", "four");
    }

    @Test
    void describeNamesCommandPidfileAndGrace() throws IOException {
        ServiceController controller = controller(script("graceful.sh", ChildProcesses.GRACEFUL));

        assertThat(controller.describe())
                .startsWith("process: bash ")
                .contains("pidfile run/v1.pid", "SIGKILL after 2 s");
    }
}
