package io.abaco.pipeline.calc;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.abaco.config.model.KpiThreshold;
import io.abaco.error.InputDataException;
import io.abaco.pipeline.ingest.TapeColumns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * Recomputes the KPIs from a written loans output ({@code loans.csv}, {@code loans.parquet} or {@code loans.json}),
 * reading it back as a stream: what {@code abaco validate} compares with the recorded values. Thread-safe.
 */
public final class KpiRecomputation {
    private KpiRecomputation() {}

    public static KpiResult recompute(Path loansFile, Map<String, KpiThreshold> thresholds) {
        return new KpiCalculator(thresholds).calculate(sums(loansFile));
    }

    /**
     * @throws InputDataException when the file lacks an amount column or holds a value that is not a number
     */
    public static KpiSums sums(Path loansFile) {
        String name = loansFile.getFileName().toString();
        if (name.endsWith(".csv")) return csvSums(loansFile);
        if (name.endsWith(".parquet")) return duckDbSums(loansFile, "read_parquet");
        if (name.endsWith(".json") || name.endsWith(".jsonl")) return duckDbSums(loansFile, "read_json_auto");
        throw new InputDataException(loansFile + ": unknown loans output format");
    }

    private static KpiSums csvSums(Path file) {
        KpiSums sums = new KpiSums();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            int[] columns = null;
            double[] amounts = new double[TapeColumns.AMOUNTS.size()];
            for (CsvRecord record : reader) {
                if (columns == null) {
                    columns = positions(file, record.getFields());
                    continue;
                }
                for (int amount = 0; amount < amounts.length; amount++) {
                    String text = record.getField(columns[amount]);
                    try {
                        amounts[amount] = text.isEmpty() ? 0.0 : Double.parseDouble(text);
                    } catch (NumberFormatException e) {
                        throw new InputDataException(file + ":" + record.getStartingLineNumber() + ":"
                                + (columns[amount] + 1) + ": not a number: " + text);
                    }
                }
                sums.add(amounts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return sums;
    }

    private static int[] positions(Path file, List<String> header) {
        int[] columns = new int[TapeColumns.AMOUNTS.size()];
        for (int amount = 0; amount < columns.length; amount++) {
            columns[amount] = header.indexOf(TapeColumns.AMOUNTS.get(amount));
            if (columns[amount] < 0) {
                throw new InputDataException(file + ":1: missing column " + TapeColumns.AMOUNTS.get(amount));
            }
        }
        return columns;
    }

    private static KpiSums duckDbSums(Path file, String reader) {
        KpiSums sums = new KpiSums();
        StringBuilder select = new StringBuilder("SELECT ");
        for (int amount = 0; amount < TapeColumns.AMOUNTS.size(); amount++) {
            if (amount > 0) select.append(", ");
            select.append("CAST(\"").append(TapeColumns.AMOUNTS.get(amount)).append("\" AS DOUBLE)");
        }
        select.append(" FROM ")
                .append(reader)
                .append("('")
                .append(file.toString().replace("'", "''"))
                .append("')");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(select.toString())) {
            double[] amounts = new double[TapeColumns.AMOUNTS.size()];
            while (rows.next()) {
                for (int amount = 0; amount < amounts.length; amount++) amounts[amount] = rows.getDouble(amount + 1);
                sums.add(amounts);
            }
        } catch (SQLException e) {
            throw new InputDataException(file + ": " + e.getMessage());
        }
        return sums;
    }
}
