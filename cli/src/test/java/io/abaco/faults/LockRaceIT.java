package io.abaco.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.pipeline.crash.CrashPoints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DESIGN §12.3: one cutover or rollback at a time, per workspace and per database, between real processes. */
class LockRaceIT {
    @TempDir
    Path root;

    Path workspace;

    @AfterEach
    void stopServices() throws Exception {
        if (workspace == null) return;
        Launcher.run(
                root, FaultHarness.environment(root, Map.of()), "-w", workspace.toString(), "service", "stop", "v1");
        Launcher.run(
                root, FaultHarness.environment(root, Map.of()), "-w", workspace.toString(), "service", "stop", "v2");
    }

    @Test
    void cutoverRacingRollbackExactlyOneRunsTheOtherExitsThree() throws Exception {
        workspace = BackupCorpus.cutoverTemplate(root);
        // a rollback that takes a few seconds to stop V2, so the two overlap whoever starts first
        Path master = workspace.resolve("config/pipeline.yml");
        Files.writeString(
                master,
                Files.readString(master)
                        .replace(
                                "stop_command: \"rm -f .abaco/v2.up\"",
                                "stop_command: \"sleep 3; rm -f .abaco/v2.up\""));
        Map<String, String> environment = FaultHarness.environment(root, Map.of());
        assertThat(Launcher.run(root, environment, "-w", workspace.toString(), "service", "start", "v1")
                        .exitCode())
                .isZero();

        // and a cutover that holds the lock a few seconds before its work: a cutover done before the rollback's JVM
        // (delayed on a busy machine) reached the lock would let the rollback run, rightly, after it
        Map<String, String> pausedCutover =
                FaultHarness.environment(root, Map.of(CrashPoints.PAUSE_VARIABLE, "phase.preflight.started:5"));
        Process cutover = Launcher.start(root, pausedCutover, List.of("-w", workspace.toString(), "cutover", "run"));
        Process rollback = Launcher.start(root, environment, List.of("-w", workspace.toString(), "rollback"));
        List<Integer> exitCodes = new ArrayList<>();
        for (Process process : List.of(cutover, rollback)) {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            exitCodes.add(process.exitValue());
        }

        assertThat(exitCodes).as(outputs()).containsExactlyInAnyOrder(0, 3);
        // the cutover is refused either by the lock or, once the rollback holds it no more, by state (V2 active)
        assertThat(outputs()).containsPattern("abaco: .*(lock|held|running|already the active pipeline)");
        assertThat(InvariantChecker.violations(workspace)).isEmpty();
    }

    @Test
    void twoJvmsRacingForTheDatabaseLockExactlyOneWins() throws Exception {
        String schema = "faults_lock_" + ProcessHandle.current().pid();
        List<Process> holders = new ArrayList<>();
        for (int index = 0; index < 2; index++) {
            holders.add(new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            DatabaseLockHolder.class.getName(),
                            "jdbc:postgresql://127.0.0.1:5432/test",
                            schema,
                            "4000")
                    .redirectOutput(root.resolve("holder-" + index + ".out").toFile())
                    .redirectError(root.resolve("holder-" + index + ".err").toFile())
                    .start());
        }
        List<Integer> exitCodes = new ArrayList<>();
        for (Process holder : holders) {
            assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
            exitCodes.add(holder.exitValue());
        }

        assertThat(exitCodes).as(outputs()).containsExactlyInAnyOrder(0, 3);
        assertThat(outputs())
                .contains("acquired by")
                .containsPattern("refused: database cutover lock on schema " + schema + " is held by");
    }

    private String outputs() {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".txt")
                            || path.toString().endsWith(".out")
                            || path.toString().endsWith(".err"))
                    .toList()) {
                all.append(file.getFileName())
                        .append(": ")
                        .append(Files.readString(file))
                        .append('\n');
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return all.toString();
    }
}
