package io.abaco.cutover.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abaco.config.Workspace;
import io.abaco.error.ExternalServiceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InFlightRunTest {
    @TempDir
    Path root;

    private Path busyFile;
    private final ManualClock clock = new ManualClock();

    @BeforeEach
    void setUp() throws IOException {
        busyFile = root.resolve("run/v1.busy");
        Files.createDirectories(busyFile.getParent());
    }

    private InFlightRun inFlight(Duration maxWait, Sleeper sleeper) {
        return new InFlightRun("v1", busyFile, "run/v1.busy", maxWait, clock, sleeper);
    }

    @Test
    void waitsUntilTheBusyFileIsRemoved() throws IOException {
        Files.createFile(busyFile);
        int[] sleeps = {0};
        Sleeper sleeper = duration -> {
            clock.advance(duration);
            if (++sleeps[0] == 3) delete(busyFile);
        };

        InFlightWait waited = inFlight(Duration.ofSeconds(10), sleeper).await();

        assertThat(waited)
                .isEqualTo(new InFlightWait(
                        "run/v1.busy",
                        true,
                        600,
                        "waited 600 ms for the in-flight v1 run to finish (run/v1.busy removed)"));
    }

    @Test
    void aRunThatNeverFinishesTimesOutNamingTheFile() throws IOException {
        Files.createFile(busyFile);
        InFlightRun inFlight = inFlight(Duration.ofSeconds(2), clock::advance);

        assertThatThrownBy(inFlight::await)
                .isInstanceOf(ExternalServiceException.class)
                .hasMessage("a v1 run is still in flight after 2 s: run/v1.busy still exists (in_flight_wait_seconds)");
        assertThat(busyFile).exists();
    }

    @Test
    void noBusyFileMeansNoWait() {
        InFlightWait waited = inFlight(Duration.ofSeconds(2), duration -> {
                    throw new AssertionError("must not sleep");
                })
                .await();

        assertThat(waited)
                .isEqualTo(new InFlightWait("run/v1.busy", false, 0, "no v1 run in flight (run/v1.busy absent)"));
    }

    @Test
    void peekLooksOnceWithoutWaiting() throws IOException {
        Files.createFile(busyFile);

        InFlightWait peeked = inFlight(Duration.ofSeconds(30), duration -> {
                    throw new AssertionError("must not sleep");
                })
                .peek();

        assertThat(peeked.wasBusy()).isTrue();
        assertThat(peeked.message()).isEqualTo("a v1 run is in flight (run/v1.busy exists); would wait up to 30 s");
    }

    @Test
    void withoutABusyFileInTheConfigThereIsNothingToWaitFor() {
        InFlightRun inFlight =
                InFlightRun.of("v1", ServiceConfigBuilder.process("true").build(), new Workspace(root));

        assertThat(inFlight.await()).isEqualTo(new InFlightWait(null, false, 0, "no busy_file configured for v1"));
    }

    @Test
    void waitsWithTheRealClockForAFileAnotherProcessRemoves() throws Exception {
        Files.createFile(busyFile);
        Process remover = new ProcessBuilder("bash", "-c", "sleep 0.3; rm -f '" + busyFile + "'").start();
        InFlightRun inFlight = InFlightRun.of(
                "v1",
                ServiceConfigBuilder.process("true").busyFile("run/v1.busy", 20).build(),
                new Workspace(root));

        InFlightWait waited = inFlight.await();

        assertThat(waited.wasBusy()).isTrue();
        assertThat(busyFile).doesNotExist();
        assertThat(remover.waitFor(5, TimeUnit.SECONDS)).isTrue();
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A clock that moves only when told to. */
    static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
