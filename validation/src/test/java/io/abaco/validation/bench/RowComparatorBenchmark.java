package io.abaco.validation.bench;

import io.abaco.validation.shadow.RowComparator;
import io.abaco.validation.shadow.RowComparison;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test (benchmarks never assert wall-clock time): compares two generated loan files of N rows (default one
 * million) and prints how long it took. Run with the test classpath: {@code java ... RowComparatorBenchmark [rows]}.
 */
public final class RowComparatorBenchmark {
    private RowComparatorBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("abaco-row-bench");
        Path v1 = dir.resolve("v1.csv");
        Path v2 = dir.resolve("v2.csv");
        String header =
                "loan_id,measurement_date,total_receivable_usd,total_eligible_usd,cash_available_usd,dpd_90_plus_usd\n";
        try (BufferedWriter one = Files.newBufferedWriter(v1);
                BufferedWriter two = Files.newBufferedWriter(v2)) {
            one.write(header);
            two.write(header);
            for (int i = 0; i < rows; i++) {
                String row = "L" + i + ",2026-01-31," + (1000 + i) + ".25," + (900 + i) + ",10.5," + (i % 7) + "\n";
                one.write(row);
                two.write(i % 100_000 == 7 ? row.replace(",10.5,", ",11.5,") : row);
            }
        }
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            RowComparison result = new RowComparator(0.01).compare(v1, v2);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(
                    "round %d: %d vs %d rows compared in %d ms (matched %d, mismatched %d)%n",
                    round, result.v1Rows(), result.v2Rows(), millis, result.matched(), result.mismatched());
        }
        Files.delete(v1);
        Files.delete(v2);
        Files.delete(dir);
    }
}
