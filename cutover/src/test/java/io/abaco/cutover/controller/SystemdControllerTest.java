package io.abaco.cutover.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abaco.config.Secrets;
import io.abaco.config.Workspace;
import io.abaco.error.ExternalServiceException;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemdControllerTest {
    private static final String UNIT = "abaco-v1.service";

    @TempDir
    Path root;

    private FakeSystemd systemd;
    private ServiceController controller;

    @BeforeEach
    void setUp() throws IOException {
        Secrets.register("sekret-journal-1");
        systemd = new FakeSystemd(root.resolve("fake-bin"));
        controller = controller(false);
    }

    private ServiceController controller(boolean dryRun) {
        return ServiceControllers.create(
                "v1",
                ServiceConfigBuilder.controller("systemd").unit(UNIT).build(),
                new Workspace(root),
                systemd.environment(),
                dryRun);
    }

    @Test
    void startsAnInactiveUnitAndSeesItActive() throws IOException {
        ControlResult started = controller.start();

        assertThat(started).isEqualTo(new ControlResult("start", true, "started unit " + UNIT));
        assertThat(systemd.calls())
                .containsExactly(
                        "systemctl is-active " + UNIT, "systemctl start " + UNIT, "systemctl is-active " + UNIT);
        ServiceStatus status = controller.status();
        assertThat(status.state()).isEqualTo(ServiceState.RUNNING);
        assertThat(status.detail()).isEqualTo("unit " + UNIT + " is active");
    }

    @Test
    void startingAnActiveUnitAndStoppingAnInactiveOneAreNoOps() throws IOException {
        systemd.state(UNIT, "active");

        ControlResult start = controller.start();
        systemd.state(UNIT, "inactive");
        ControlResult stop = controller.stop();

        assertThat(start.changed()).isFalse();
        assertThat(start.message()).isEqualTo("already active (unit " + UNIT + ")");
        assertThat(stop.changed()).isFalse();
        assertThat(systemd.calls())
                .noneMatch(call -> call.startsWith("systemctl start") || call.startsWith("systemctl stop"));
    }

    @Test
    void stopsAnActiveUnitAndVerifiesIt() throws IOException {
        systemd.state(UNIT, "active");

        ControlResult stopped = controller.stop();

        assertThat(stopped.changed()).isTrue();
        assertThat(systemd.calls()).contains("systemctl stop " + UNIT);
        assertThat(controller.status().state()).isEqualTo(ServiceState.STOPPED);
    }

    @Test
    void aUnitStillActiveAfterStopIsAFailure() throws IOException {
        systemd.state(UNIT, "active");
        systemd.ignoreStops();

        assertThatThrownBy(controller::stop)
                .isInstanceOf(ExternalServiceException.class)
                .hasMessageStartingWith("v1: unit " + UNIT + " still active after systemctl stop");
    }

    @Test
    void aFailedStartCarriesSystemctlOutputAndTheRedactedJournalTail() throws IOException {
        systemd.failStarts();

        assertThatThrownBy(controller::start)
                .isInstanceOf(ExternalServiceException.class)
                .hasMessageContaining("v1: systemctl start " + UNIT + " failed (exit 1: Job for " + UNIT + " failed")
                .hasMessageContaining("processing tape")
                .hasMessageContaining("token=***")
                .hasMessageNotContaining("sekret-journal-1");
    }

    @Test
    void logTailAsksJournalctlForTheLastLines() throws IOException {
        assertThat(controller.logTail(2))
                .containsExactly(
                        "processing tape",
                        "token=sekret-journal-1".equals(Secrets.redact("token=sekret-journal-1"))
                                ? "token=sekret-journal-1"
                                : "token=***");
        assertThat(systemd.calls()).containsExactly("journalctl -u " + UNIT + " -n 2 --no-pager");
    }

    @Test
    void anUnexpectedAnswerIsUnknown() throws IOException {
        systemd.state(UNIT, "activating");

        ServiceStatus status = controller.status();

        assertThat(status.state()).isEqualTo(ServiceState.UNKNOWN);
        assertThat(status.detail()).isEqualTo("systemctl is-active " + UNIT + ": exit 1: activating");
    }

    @Test
    void aDryRunOnlyAsksAndNeverStartsOrStops() throws IOException {
        systemd.state(UNIT, "active");
        ServiceController dryRun = controller(true);

        ControlResult stop = dryRun.stop();
        ServiceStatus status = dryRun.status();

        assertThat(stop.changed()).isFalse();
        assertThat(stop.message()).isEqualTo("dry run: would stop v1 via systemd: unit " + UNIT);
        assertThat(status.running()).isTrue();
        assertThat(systemd.calls()).containsExactly("systemctl is-active " + UNIT);
    }
}
