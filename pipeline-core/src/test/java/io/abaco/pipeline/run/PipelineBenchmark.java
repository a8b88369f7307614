package io.abaco.pipeline.run;

import io.abaco.config.Workspace;
import io.abaco.pipeline.ingest.IngestionResult;
import io.abaco.pipeline.ingest.TapeHeader;
import io.abaco.pipeline.ingest.TapeRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Not a test: times a run over N synthetic rows fed straight to the runner (no parsing), to see what the
 * transformation, calculation and output cost. {@code java -cp ... PipelineBenchmark <rows> <workspace>}.
 */
public final class PipelineBenchmark {
    public static void main(String[] args) throws Exception {
        Path tape = args[0].endsWith(".csv") ? Path.of(args[0]) : null;
        long rows = tape != null ? 0 : Long.parseLong(args[0]);
        Path root = Path.of(args[1]);
        Files.createDirectories(root);
        Workspace workspace = new Workspace(root);
        TapeSource synthetic = (request, consumer) -> {
            TapeHeader header = new TapeHeader("synthetic", "csv", true, List.of("borrower_name", "segment"));
            consumer.begin(header);
            LocalDate start = LocalDate.of(2025, 1, 1);
            for (long index = 1; index <= rows; index++) {
                // tapes hold decimal text with cents: amounts are the doubles nearest to such values
                double receivable = (100_000 + (index % 9973) * 1337) / 100.0;
                consumer.accept(new TapeRow(
                        index + 1,
                        "L" + index,
                        null,
                        start.plusDays(index % 365).toString(),
                        start.plusDays(index % 365),
                        new double[] {
                            receivable,
                            Math.round(receivable * 90) / 100.0,
                            Math.round(receivable * 80) / 100.0,
                            Math.round(receivable * 5) / 100.0,
                            1,
                            2,
                            index % 5 == 0 ? 10.25 : 0,
                            index % 7 == 0 ? 5.5 : 0,
                            index % 11 == 0 ? 2 : 0
                        },
                        new String[] {"Borrower " + (index % 1000), index % 2 == 0 ? "sme" : "retail"}));
            }
            return new IngestionResult(header, "ab".repeat(32), rows, rows, 0, 0, null, null);
        };
        for (int attempt = 0; attempt < Integer.parseInt(args.length > 2 ? args[2] : "1"); attempt++) {
            long start = System.nanoTime();
            ProgressListener timing = new ProgressListener() {
                @Override
                public void phaseStarted(String phase) {
                    System.out.printf("  %6d ms %s started%n", (System.nanoTime() - start) / 1_000_000, phase);
                }

                @Override
                public void fileStaged(String path) {
                    System.out.printf("  %6d ms %s staged%n", (System.nanoTime() - start) / 1_000_000, path);
                }
            };
            RunResult result = new PipelineRunner(Clock.systemUTC(), tape != null ? TapeSource.INGESTION : synthetic)
                    .run(new RunRequest(
                            RunFixtures.config(),
                            "bench",
                            workspace,
                            tape,
                            Map.of("ABACO_PII_KEY", "bench-key"),
                            timing));
            System.out.printf(
                    "%d rows: %d ms, phases %s%n",
                    result.summary().input().accepted(),
                    (System.nanoTime() - start) / 1_000_000,
                    result.summary().phases());
        }
    }
}
