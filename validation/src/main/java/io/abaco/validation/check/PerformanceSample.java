package io.abaco.validation.check;

import io.abaco.pipeline.ingest.TapeColumns;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The rows the performance check times: the first N rows of the latest loans output copied to a CSV, or N synthetic
 * rows (deterministic, with the amount columns of DESIGN §5) when there is no output to sample.
 */
final class PerformanceSample {
    private PerformanceSample() {}

    /** @return rows written (fewer than {@code rows} when the output is smaller) */
    static long fromOutput(Path loans, int rows, Path target) throws SQLException, IOException {
        String sql = "COPY (SELECT * FROM " + DuckDbQuery.source(loans) + " LIMIT " + rows + ") TO '"
                + target.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT csv, HEADER true)";
        try (Connection connection = DuckDbQuery.open();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        return RowCounter.count(target, false);
    }

    static long synthetic(int rows, Path target) throws IOException {
        SplittableRandom random = new SplittableRandom(20261122L);
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write("loan_id,measurement_date," + String.join(",", TapeColumns.AMOUNTS));
            out.write('\n');
            LocalDate start = LocalDate.of(2026, 1, 1);
            for (int row = 1; row <= rows; row++) {
                double receivable = 1_000 + random.nextInt(1_000_000) / 100.0;
                StringBuilder line =
                        new StringBuilder("S").append(row).append(',').append(start.plusDays(row % 365));
                double[] amounts = {
                    receivable,
                    receivable * 0.9,
                    receivable * 0.8,
                    receivable * 0.05,
                    receivable * 0.02,
                    receivable * 0.01,
                    row % 5 == 0 ? receivable * 0.1 : 0,
                    row % 7 == 0 ? receivable * 0.05 : 0,
                    row % 11 == 0 ? receivable * 0.02 : 0
                };
                for (double amount : amounts) line.append(',').append(amount);
                out.write(line.append('\n').toString());
            }
        }
        return rows;
    }
}
