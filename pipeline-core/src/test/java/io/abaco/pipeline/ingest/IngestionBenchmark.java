package io.abaco.pipeline.ingest;

import io.abaco.config.Workspace;
import io.abaco.config.model.DeduplicationConfig;
import io.abaco.config.model.IngestionConfig;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Not a test: prints how long a generated CSV tape takes to ingest. Run with the test classpath, e.g.
 * {@code java -Xmx512m -cp ... io.abaco.pipeline.ingest.IngestionBenchmark 1000000 3}.
 */
public final class IngestionBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private IngestionBenchmark() {}

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path root = Files.createTempDirectory("abaco-bench");
        Path tape = root.resolve("data/raw/tape.csv");
        Files.createDirectories(tape.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(tape)) {
            out.write("loan_id,period,measurement_date,total_receivable_usd,total_eligible_usd,discounted_balance_usd,"
                    + "cash_available_usd,dpd_0_7_usd,dpd_7_30_usd,dpd_30_60_usd,dpd_60_90_usd,dpd_90_plus_usd,"
                    + "borrower_name\n");
            for (int i = 0; i < rows; i++) {
                out.write("L" + i + ",2024-01," + "2024-01-" + (10 + i % 20) + "," + (1000 + i % 997) + ".25,"
                        + (900 + i % 13) + ".5,850,120.75,10,20,30,40,50.5,Borrower " + (i % 1000) + "\n");
            }
        }
        System.out.printf("tape: %d rows, %d MiB%n", rows, Files.size(tape) >> 20);
        IngestionConfig config = new IngestionConfig(
                "file", null, true, new DeduplicationConfig(true, List.of("loan_id", "measurement_date")), null);
        for (int round = 1; round <= rounds; round++) {
            Path staging = root.resolve("logs/runs/run_" + round);
            long[] sum = {0};
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            IngestionResult result = Ingestion.ingest(
                    new IngestionRequest(config, new Workspace(root), tape, staging, Map.of()), new TapeConsumer() {
                        @Override
                        public void begin(TapeHeader header) {}

                        @Override
                        public void accept(TapeRow row) {
                            sum[0] += row.line();
                        }
                    });
            long millis = (System.nanoTime() - start) / 1_000_000;
            long cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            Runtime runtime = Runtime.getRuntime();
            System.out.printf(
                    "round %d: %d ms (%d ms CPU), accepted %d, duplicates %d, heap used %d MiB of max %d MiB%n",
                    round,
                    millis,
                    cpuMillis,
                    result.accepted(),
                    result.duplicates(),
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                    runtime.maxMemory() >> 20);
            Files.delete(result.archivedInput());
            Files.delete(staging);
        }
        Files.delete(tape);
        Files.delete(tape.getParent());
        Files.delete(tape.getParent().getParent());
        Files.delete(root.resolve("logs/runs"));
        Files.delete(root.resolve("logs"));
        Files.delete(root);
    }
}
