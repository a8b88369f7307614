package io.abaco.validation.shadow;

import io.abaco.error.InputDataException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two loan-level files (CSV or Parquet) row by row on (loan_id, measurement_date) with one DuckDB FULL OUTER
 * JOIN, so that two files of a million rows compare in seconds without holding rows in Java.
 *
 * <p>Values: keys as trimmed text, measurement_date cut to its ISO date when it starts with one; numeric columns (see
 * {@link LoanFileColumns#numeric}) as doubles, an empty cell being 0 (DESIGN §5) and a non-numeric cell being null
 * (so it differs from any number); numbers equal when |v1 − v2| ≤ the absolute tolerance; text compared exactly.
 * Duplicate keys are counted and only one row per key (any one of them) is compared. Thread-safe: each call opens its own in-memory
 * database.
 */
public final class RowComparator {
    /** The number of keys sampled per kind of difference. */
    public static final int SAMPLE_SIZE = 20;

    private final double absoluteTolerance;

    public RowComparator(double absoluteTolerance) {
        this.absoluteTolerance = absoluteTolerance;
    }

    /** @throws InputDataException when a file is missing, unreadable or lacks a key column (naming the file) */
    public RowComparison compare(Path v1File, Path v2File) {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            LoanFileColumns v1 = LoanFileColumns.describe(statement, v1File, "V1");
            LoanFileColumns v2 = LoanFileColumns.describe(statement, v2File, "V2");
            List<String> compared = new ArrayList<>();
            for (String name : v1.physicalByName().keySet()) {
                if (!isKey(name) && v2.physicalByName().containsKey(name)) compared.add(name);
            }
            List<Boolean> numeric = compared.stream()
                    .map(name -> v1.numeric(name) || v2.numeric(name))
                    .toList();
            long v1Rows = load(statement, "v1", v1, compared, numeric);
            long v2Rows = load(statement, "v2", v2, compared, numeric);
            long duplicatesV1 = deduplicate(statement, "v1");
            long duplicatesV2 = deduplicate(statement, "v2");
            statement.execute(JoinSql.joined(compared, numeric, absoluteTolerance));
            return summarize(statement, v1, v2, compared, v1Rows, v2Rows, duplicatesV1, duplicatesV2);
        } catch (SQLException e) {
            throw new InputDataException(
                    v1File + " / " + v2File + ": row comparison failed: " + LoanFileColumns.firstLine(e), e);
        }
    }

    private static boolean isKey(String name) {
        return name.equals(LoanFileColumns.LOAN_ID) || name.equals(LoanFileColumns.MEASUREMENT_DATE);
    }

    private static long load(
            Statement statement, String table, LoanFileColumns side, List<String> compared, List<Boolean> numeric) {
        try {
            statement.execute(JoinSql.load(table, side, compared, numeric));
            return count(statement, "SELECT count(*) FROM " + table);
        } catch (SQLException e) {
            throw new InputDataException(side.file() + ": cannot read loan file: " + LoanFileColumns.firstLine(e), e);
        }
    }

    /** Keeps one row per key; returns how many rows repeated a key. */
    private static long deduplicate(Statement statement, String table) throws SQLException {
        long duplicates = count(
                statement,
                "SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM " + table
                        + " GROUP BY k_loan, k_date HAVING count(*) > 1)");
        if (duplicates > 0) {
            statement.execute(
                    "CREATE TEMP TABLE " + table + "_first AS SELECT DISTINCT ON (k_loan, k_date) * FROM " + table);
            statement.execute("DROP TABLE " + table);
            statement.execute("ALTER TABLE " + table + "_first RENAME TO " + table);
        }
        return duplicates;
    }

    private RowComparison summarize(
            Statement statement,
            LoanFileColumns v1,
            LoanFileColumns v2,
            List<String> compared,
            long v1Rows,
            long v2Rows,
            long duplicatesV1,
            long duplicatesV2)
            throws SQLException {
        Map<String, Long> byColumn = new LinkedHashMap<>();
        long matched;
        long missingInV1;
        long missingInV2;
        long mismatched;
        try (ResultSet counts = statement.executeQuery(JoinSql.counts(compared.size()))) {
            counts.next();
            matched = counts.getLong(1);
            missingInV1 = counts.getLong(2);
            missingInV2 = counts.getLong(3);
            mismatched = counts.getLong(4);
            for (int i = 0; i < compared.size(); i++) byColumn.put(compared.get(i), counts.getLong(5 + i));
        }
        List<RowDifference> samples = new ArrayList<>();
        samples.addAll(RowSamples.missing(statement, RowDifference.Kind.MISSING_IN_V1, SAMPLE_SIZE));
        samples.addAll(RowSamples.missing(statement, RowDifference.Kind.MISSING_IN_V2, SAMPLE_SIZE));
        samples.addAll(RowSamples.mismatches(statement, compared, SAMPLE_SIZE));
        List<String> onlyInV1 = onlyIn(v1, v2);
        List<String> onlyInV2 = onlyIn(v2, v1);
        return new RowComparison(
                v1.file().toString(),
                v2.file().toString(),
                v1Rows,
                v2Rows,
                compared,
                onlyInV1,
                onlyInV2,
                absoluteTolerance,
                matched,
                missingInV1,
                missingInV2,
                mismatched,
                byColumn,
                duplicatesV1,
                duplicatesV2,
                samples);
    }

    private static List<String> onlyIn(LoanFileColumns side, LoanFileColumns other) {
        return side.physicalByName().keySet().stream()
                .filter(name -> !other.physicalByName().containsKey(name))
                .toList();
    }

    static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
