package io.abaco.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Eight {@code bin/abaco pipeline run} processes at once in one workspace: the lock is the OS file lock here. */
class ConcurrentProcessesIT {
    @TempDir
    Path root;

    @Test
    @Tag("full")
    void eightProcessesFourIdenticalFourDifferentInputs() throws Exception {
        Path workspace = FaultHarness.pipelineTemplate(root);
        Path same = workspace.resolve("data/raw/loan_tape.csv");
        List<Path> tapes = new ArrayList<>(List.of(same, same, same, same));
        String original = Files.readString(same);
        for (int index = 0; index < 4; index++) {
            Path tape = workspace.resolve("data/raw/tape-" + index + ".csv");
            Files.writeString(tape, original.replaceFirst("\n([^,\n]*),", "\nprocess-" + index + "-$1,"));
            tapes.add(tape);
        }

        List<Process> processes = new ArrayList<>();
        for (Path tape : tapes) {
            processes.add(Launcher.start(
                    root,
                    FaultHarness.environment(root, Map.of()),
                    List.of("-w", workspace.toString(), "pipeline", "run", "--input", tape.toString())));
        }
        for (Process process : processes) {
            assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
        }

        try (Stream<Path> dirs = Files.list(workspace.resolve("logs/runs"))) {
            // the template's run (same input: converged into it) and one per different input
            assertThat(dirs.filter(Files::isDirectory)
                            .map(dir -> dir.getFileName().toString()))
                    .hasSize(5)
                    .allMatch(name -> name.startsWith("run_"));
        }
        assertThat(InvariantChecker.violations(workspace)).isEmpty();
    }
}
