package io.abaco.validation.shadow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The first differences of each kind, ordered by key, read from the {@code joined} table. */
final class RowSamples {
    private RowSamples() {}

    static List<RowDifference> missing(Statement statement, RowDifference.Kind kind, int limit) throws SQLException {
        String where = kind == RowDifference.Kind.MISSING_IN_V1 ? "NOT in_v1" : "NOT in_v2";
        List<RowDifference> samples = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT loan_id, measurement_date FROM joined WHERE " + where
                + " ORDER BY loan_id, measurement_date LIMIT " + limit)) {
            while (rows.next()) {
                samples.add(new RowDifference(kind, rows.getString(1), rows.getString(2), null, null, null));
            }
        }
        return samples;
    }

    static List<RowDifference> mismatches(Statement statement, List<String> compared, int limit) throws SQLException {
        List<RowDifference> samples = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(
                "SELECT * FROM joined WHERE any_mismatch" + " ORDER BY loan_id, measurement_date LIMIT " + limit)) {
            while (rows.next()) {
                for (int i = 0; i < compared.size(); i++) {
                    if (rows.getBoolean("m" + i)) {
                        samples.add(new RowDifference(
                                RowDifference.Kind.MISMATCH,
                                rows.getString("loan_id"),
                                rows.getString("measurement_date"),
                                compared.get(i),
                                rows.getString("a" + i),
                                rows.getString("b" + i)));
                    }
                }
            }
        }
        return samples;
    }
}
