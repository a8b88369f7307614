package io.abaco.validation.check;

import io.abaco.pipeline.ingest.TapeColumns;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL over a loans output: nulls in required columns and duplicate keys. Each method returns problems in words,
 * empty when there are none.
 */
final class LoansTableChecks {
    static final List<String> REQUIRED = List.of(
            TapeColumns.LOAN_ID,
            TapeColumns.MEASUREMENT_DATE,
            TapeColumns.AMOUNTS.get(TapeColumns.TOTAL_RECEIVABLE),
            TapeColumns.AMOUNTS.get(TapeColumns.TOTAL_ELIGIBLE),
            TapeColumns.AMOUNTS.get(TapeColumns.DISCOUNTED_BALANCE));
    private static final int EXAMPLES = 3;

    private LoansTableChecks() {}

    /** Required columns missing, or holding NULL (or blank text) values. */
    static List<String> nulls(Connection connection, Path file, String display) throws SQLException {
        List<String> columns = columns(connection, file);
        List<String> problems = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (String column : REQUIRED) {
            if (columns.contains(column)) present.add(column);
            else problems.add(display + ": required column " + column + " is missing");
        }
        if (present.isEmpty()) return problems;
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int index = 0; index < present.size(); index++) {
            String column = DuckDbQuery.identifier(present.get(index));
            if (index > 0) sql.append(", ");
            sql.append("count(*) FILTER (WHERE ")
                    .append(column)
                    .append(" IS NULL OR trim(CAST(")
                    .append(column)
                    .append(" AS VARCHAR)) = '')");
        }
        sql.append(" FROM ").append(DuckDbQuery.source(file));
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql.toString())) {
            rows.next();
            for (int index = 0; index < present.size(); index++) {
                long nulls = rows.getLong(index + 1);
                if (nulls > 0)
                    problems.add(display + ": " + nulls + " null value(s) in required column " + present.get(index));
            }
        }
        return problems;
    }

    /** Keys present more than once, with up to three examples. */
    static List<String> duplicates(Connection connection, Path file, String display, List<String> keys)
            throws SQLException {
        List<String> columns = columns(connection, file);
        List<String> missing =
                keys.stream().filter(key -> !columns.contains(key)).toList();
        if (!missing.isEmpty()) return List.of(display + ": key column(s) missing: " + String.join(", ", missing));
        List<String> quoted = keys.stream().map(DuckDbQuery::identifier).toList();
        String keyList = String.join(", ", quoted);
        String sql = "SELECT " + keyList + ", count(*) AS copies, count(*) OVER () AS duplicated_keys FROM "
                + DuckDbQuery.source(file) + " GROUP BY " + keyList + " HAVING count(*) > 1 ORDER BY copies DESC, "
                + keyList + " LIMIT " + EXAMPLES;
        List<String> examples = new ArrayList<>();
        long duplicatedKeys = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                duplicatedKeys = rows.getLong("duplicated_keys");
                List<String> values = new ArrayList<>();
                for (int index = 0; index < keys.size(); index++) values.add(String.valueOf(rows.getObject(index + 1)));
                examples.add("(" + String.join(", ", values) + ") x" + rows.getLong("copies"));
            }
        }
        if (examples.isEmpty()) return List.of();
        return List.of(display + ": " + duplicatedKeys + " duplicate (" + String.join(", ", keys) + ") key(s), e.g. "
                + String.join(", ", examples));
    }

    private static List<String> columns(Connection connection, Path file) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("DESCRIBE SELECT * FROM " + DuckDbQuery.source(file))) {
            while (rows.next()) names.add(rows.getString(1));
        }
        return names;
    }
}
