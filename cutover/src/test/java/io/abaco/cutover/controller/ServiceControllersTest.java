package io.abaco.cutover.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.abaco.config.Workspace;
import io.abaco.error.ConfigException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceControllersTest {
    @TempDir
    Path root;

    @Test
    void anUnknownControllerIsAConfigErrorNamingTheKey() {
        assertThatThrownBy(() -> ServiceControllers.create(
                        "v1", ServiceConfigBuilder.controller("docker").build(), new Workspace(root), Map.of(), false))
                .isInstanceOf(ConfigException.class)
                .hasMessage("config/pipeline.yml: cutover.v1.controller: unknown controller 'docker'"
                        + " (expected process | systemd | command | http)");
    }

    @Test
    void everyMissingKeyIsReportedAtOnce() {
        ConfigException error = org.junit.jupiter.api.Assertions.assertThrows(
                ConfigException.class,
                () -> ServiceControllers.create(
                        "v2", ServiceConfigBuilder.controller("http").build(), new Workspace(root), Map.of(), false));

        assertThat(error.problems())
                .extracting(problem -> problem.keyPath())
                .containsExactly("cutover.v2.start_url", "cutover.v2.stop_url", "cutover.v2.health_url");
        assertThat(error.problems())
                .allSatisfy(problem -> assertThat(problem.message()).isEqualTo("required by the http controller"));
    }

    @Test
    void aProcessControllerNeedsCommandPidfileAndLog() {
        assertThatThrownBy(() -> ServiceControllers.create(
                        "v1",
                        ServiceConfigBuilder.process()
                                .pidfile(null)
                                .logFile(" ")
                                .build(),
                        new Workspace(root),
                        Map.of(),
                        false))
                .isInstanceOf(ConfigException.class)
                .hasMessage(String.join(
                        System.lineSeparator(),
                        "config/pipeline.yml: cutover.v1.command: required by the process controller",
                        "config/pipeline.yml: cutover.v1.pidfile: required by the process controller",
                        "config/pipeline.yml: cutover.v1.log_file: required by the process controller"));
    }

    @Test
    void aCommandControllerNeedsAStatusCommandToVerifyItsActions() {
        assertThatThrownBy(() -> ServiceControllers.create(
                        "v1",
                        ServiceConfigBuilder.controller("command")
                                .commands("true", "true", null)
                                .build(),
                        new Workspace(root),
                        Map.of(),
                        false))
                .isInstanceOf(ConfigException.class)
                .hasMessage("config/pipeline.yml: cutover.v1.status_command: required by the command controller");
    }

    @Test
    void statusesSerializeWithLowercaseStates() throws Exception {
        String json = new ObjectMapper()
                .writeValueAsString(new ServiceStatus(ServiceState.RUNNING, true, 42L, "running (pid 42)", null));

        assertThat(json).contains("\"state\":\"running\"", "\"pid\":42", "\"healthy\":true");
    }
}
