package io.abaco.cutover.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abaco.config.Workspace;
import io.abaco.config.model.ServiceConfig;
import io.abaco.error.ExternalServiceException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessHealthTest {
    @TempDir
    Path root;

    private HealthServer health;

    @BeforeEach
    void startHealthServer() throws IOException {
        health = new HealthServer();
    }

    @AfterEach
    void cleanUp() {
        health.close();
        ChildProcesses.killAllMentioning(root);
    }

    private ServiceController controller(String scriptContent) throws IOException {
        Path script = ChildProcesses.script(root, "service.sh", scriptContent);
        ServiceConfig config = ServiceConfigBuilder.process("bash", script.toString())
                .healthUrl(health.url())
                .build();
        return ServiceControllers.createReal(
                "v2", config, new Workspace(root), System.getenv(), Duration.ofMillis(200), HealthWait.real());
    }

    @Test
    void healthyWhenTheProcessRunsAndTheHealthUrlAnswers200() throws IOException {
        ServiceController controller = controller(ChildProcesses.GRACEFUL);
        controller.start();

        ServiceStatus status = controller.waitUntilHealthy(Duration.ofSeconds(5));

        assertThat(status.healthy()).isTrue();
        assertThat(status.observedHealth()).isEqualTo("HTTP 200 from " + health.url());
    }

    @Test
    void runningButNotHealthyWhileTheHealthUrlAnswers503() throws IOException {
        health.answer(503);
        ServiceController controller = controller(ChildProcesses.GRACEFUL);
        controller.start();

        ServiceStatus status = controller.status();

        assertThat(status.state()).isEqualTo(ServiceState.RUNNING);
        assertThat(status.healthy()).isFalse();
        assertThat(status.observedHealth()).isEqualTo("HTTP 503 from " + health.url());
        assertThatThrownBy(() -> controller.waitUntilHealthy(Duration.ofMillis(500)))
                .isInstanceOf(ExternalServiceException.class)
                .hasMessageStartingWith(
                        "v2 not healthy within 0.5 s (last seen: running (pid " + status.pid() + "), not healthy)")
                .hasMessageContaining("service up as pid");
    }

    @Test
    void waitingForHealthStopsAsSoonAsTheProcessDies() throws IOException {
        health.answer(503);
        ServiceController controller = controller(
                """
                #!/usr/bin/env bash
                sleep 0.5
                echo "out of memory"
                exit 137
                """);
        controller.start();

        assertThatThrownBy(() -> controller.waitUntilHealthy(Duration.ofSeconds(30)))
                .isInstanceOf(ExternalServiceException.class)
                .hasMessageContaining("v2 is not running: stale pidfile run/v1.pid")
                .hasMessageContaining("out of memory");
    }
}
