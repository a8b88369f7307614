package io.abaco.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.cli.CliRun;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Repeats the hourly-validation cycle ({@code pipeline run}, {@code validate}, {@code audit verify},
 * {@code config validate}) through {@code Main.run} in one JVM and measures heap after GC, open file descriptors
 * and live threads after a warm-up and at the end. The bounds are stated in RELIABILITY.md.
 */
public final class SoakCycles {
    /** Heap used after GC may grow at most this much between the warm-up sample and the end. */
    public static final long HEAP_GROWTH_BOUND_BYTES = 16L << 20;
    /** Open file descriptors may grow at most this much. */
    public static final int FD_GROWTH_BOUND = 8;
    /** Live threads may grow at most this much (pools that settle, never one per cycle). */
    public static final int THREAD_GROWTH_BOUND = 4;

    /** What was measured at one point. */
    public record Sample(int cycle, long heapAfterGcBytes, int openFileDescriptors, int liveThreads) {}

    private SoakCycles() {}

    /** Runs {@code cycles} cycles, sampling after {@code warmup}; asserts every command succeeded and the bounds. */
    public static Sample[] soak(Path root, int warmup, int cycles) throws IOException {
        Path workspace = FaultHarness.pipelineTemplate(root);
        String ws = workspace.toString();
        Sample first = null;
        for (int cycle = 1; cycle <= cycles; cycle++) {
            for (String[] command : new String[][] {
                {"-w", ws, "pipeline", "run"},
                {"-w", ws, "validate"},
                {"-w", ws, "audit", "verify"},
                {"-w", ws, "config", "validate"}
            }) {
                CliRun run = FaultHarness.abaco(root, Map.of(), command);
                assertThat(run.exitCode()).as("cycle %d: %s", cycle, run.all()).isIn(0);
            }
            if (cycle == warmup) first = sample(cycle);
        }
        Sample last = sample(cycles);
        assertThat(last.heapAfterGcBytes() - first.heapAfterGcBytes())
                .as("heap growth %s -> %s", first, last)
                .isLessThanOrEqualTo(HEAP_GROWTH_BOUND_BYTES);
        assertThat(last.openFileDescriptors() - first.openFileDescriptors())
                .as("fd growth %s -> %s", first, last)
                .isLessThanOrEqualTo(FD_GROWTH_BOUND);
        assertThat(last.liveThreads() - first.liveThreads())
                .as("thread growth %s -> %s", first, last)
                .isLessThanOrEqualTo(THREAD_GROWTH_BOUND);
        assertThat(InvariantChecker.violations(workspace)).isEmpty();
        return new Sample[] {first, last};
    }

    static Sample sample(int cycle) throws IOException {
        long used = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 5; attempt++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(
                    used,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        int fds;
        try (Stream<Path> list = Files.list(Path.of("/proc/self/fd"))) {
            fds = (int) list.count();
        }
        return new Sample(cycle, used, fds, ManagementFactory.getThreadMXBean().getThreadCount());
    }
}
