package io.abaco.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.config.ConfigLoader;
import io.abaco.config.LoadedConfig;
import io.abaco.config.Workspace;
import io.abaco.pipeline.run.PipelineRunner;
import io.abaco.pipeline.run.RunRequest;
import io.abaco.pipeline.run.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Eight pipeline runs at once in one workspace, through the real runner on threads. */
class ConcurrentRunsTest {
    static final int RUNS = 8;

    @TempDir
    Path root;

    Path workspace;

    @BeforeEach
    void workspace() {
        workspace = FaultHarness.pipelineTemplate(root);
    }

    @Test
    void identicalInputsConvergeToOneRunDirectory() throws Exception {
        Path tape = workspace.resolve("data/raw/loan_tape.csv");
        List<RunResult> results = runConcurrently(java.util.Collections.nCopies(RUNS, tape));

        assertThat(results)
                .extracting(result -> result.summary().runId())
                .containsOnly(results.get(0).summary().runId());
        assertThat(runDirectories()).containsExactly(results.get(0).summary().runId());
        assertThat(InvariantChecker.violations(workspace)).isEmpty();
    }

    @Test
    void differentInputsNeverMixTheirOutputs() throws Exception {
        List<Path> tapes = new ArrayList<>();
        String original = Files.readString(workspace.resolve("data/raw/loan_tape.csv"));
        for (int index = 0; index < RUNS; index++) {
            // a different first row each: a different sha256, so a different run id and different KPIs
            Path tape = workspace.resolve("data/raw/tape-" + index + ".csv");
            Files.writeString(tape, original.replaceFirst("\n([^,\n]*),", "\nvariant-" + index + "-$1,"));
            tapes.add(tape);
        }

        List<RunResult> results = runConcurrently(tapes);

        assertThat(results)
                .extracting(result -> result.summary().runId())
                .doesNotHaveDuplicates()
                .hasSize(RUNS);
        assertThat(runDirectories()).hasSize(RUNS + 1); // and the template's own run
        assertThat(InvariantChecker.violations(workspace)).isEmpty();
    }

    private List<RunResult> runConcurrently(List<Path> tapes) throws Exception {
        LoadedConfig config = ConfigLoader.load(new Workspace(workspace), "development", Map.of());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tapes.size());
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (Path tape : tapes) {
                Callable<RunResult> run = () -> {
                    start.await();
                    return new PipelineRunner()
                            .run(RunRequest.of(config, new Workspace(workspace), tape, Map.of(), null));
                };
                futures.add(pool.submit(run));
            }
            start.countDown();
            List<RunResult> results = new ArrayList<>();
            for (Future<RunResult> future : futures) results.add(future.get());
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> runDirectories() throws IOException {
        try (Stream<Path> dirs = Files.list(workspace.resolve("logs/runs"))) {
            return dirs.filter(Files::isDirectory)
                    .map(dir -> dir.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }
}
