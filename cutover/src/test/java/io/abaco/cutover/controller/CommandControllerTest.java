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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandControllerTest {
    @TempDir
    Path root;

    private Path flag;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(root.resolve("svc"));
        flag = root.resolve("svc/running.flag");
    }

    @AfterEach
    void killLeftovers() {
        ChildProcesses.killAllMentioning(root);
    }

    private ServiceController controller(ServiceConfigBuilder config) {
        return ServiceControllers.create(
                "v1", config.workdir("svc").build(), new Workspace(root), System.getenv(), false);
    }

    private static ServiceConfigBuilder flagCommands() {
        return ServiceConfigBuilder.controller("command")
                .commands(
                        "touch running.flag && echo enabled cron entry", "rm -f running.flag", "test -f running.flag");
    }

    @Test
    void startsAndStopsWithTheOperatorsCommandsInTheWorkdir() {
        ServiceController controller = controller(flagCommands());

        ControlResult started = controller.start();

        assertThat(started).isEqualTo(new ControlResult("start", true, "ran start_command: enabled cron entry"));
        assertThat(flag).exists();
        assertThat(controller.status().state()).isEqualTo(ServiceState.RUNNING);

        ControlResult stopped = controller.stop();

        assertThat(stopped.changed()).isTrue();
        assertThat(flag).doesNotExist();
        assertThat(controller.status().state()).isEqualTo(ServiceState.STOPPED);
    }

    @Test
    void repeatedStartAndStopRunNothing() throws IOException {
        ServiceController controller = controller(ServiceConfigBuilder.controller("command")
                .commands(
                        "echo x >> starts.log && touch running.flag",
                        "echo x >> stops.log && rm -f running.flag",
                        "test -f running.flag"));

        controller.start();
        ControlResult secondStart = controller.start();
        controller.stop();
        ControlResult secondStop = controller.stop();

        assertThat(secondStart.changed()).isFalse();
        assertThat(secondStop.changed()).isFalse();
        assertThat(Files.readAllLines(root.resolve("svc/starts.log"))).hasSize(1);
        assertThat(Files.readAllLines(root.resolve("svc/stops.log"))).hasSize(1);
    }

    @Test
    void aFailingStartCommandThrowsWithItsRedactedOutput() {
        Secrets.register("kube-token-998877");
        ServiceController controller = controller(ServiceConfigBuilder.controller("command")
                .commands("echo 'login with kube-token-998877 refused'; exit 4", "true", "false"));

        assertThatThrownBy(controller::start)
                .isInstanceOf(ExternalServiceException.class)
                .hasMessage("v1: start_command failed (exit 4: login with *** refused)");
    }

    @Test
    void aStartCommandRunningPastTheTimeoutIsKilledAndFails() {
        ServiceController controller = controller(ServiceConfigBuilder.controller("command")
                .commands("sleep 30", "true", "false")
                .startTimeoutSeconds(0.5));

        assertThatThrownBy(controller::start)
                .isInstanceOf(ExternalServiceException.class)
                .hasMessage("v1: start_command failed (timed out)");
    }

    @Test
    void aServiceStillRunningAfterTheStopCommandIsAFailure() throws IOException {
        Files.createFile(flag);
        ServiceController controller = controller(ServiceConfigBuilder.controller("command")
                .commands("true", "echo pretending to stop", "test -f running.flag"));

        assertThatThrownBy(controller::stop)
                .isInstanceOf(ExternalServiceException.class)
                .hasMessageStartingWith("v1: still running after stop_command: status_command exit 0");
    }

    @Test
    void theStatusCommandSeesTheEnvironmentHandedToTheController() {
        ServiceConfig config = ServiceConfigBuilder.controller("command")
                .commands("true", "true", "test \"$ABACO_TEST_MARKER\" = here")
                .build();
        java.util.Map<String, String> environment = new java.util.HashMap<>(System.getenv());

        ServiceController without = ServiceControllers.create("v1", config, new Workspace(root), environment, false);
        environment.put("ABACO_TEST_MARKER", "here");
        ServiceController with = ServiceControllers.create("v1", config, new Workspace(root), environment, false);

        assertThat(without.status().state()).isEqualTo(ServiceState.STOPPED);
        assertThat(with.status().state()).isEqualTo(ServiceState.RUNNING);
    }
}
