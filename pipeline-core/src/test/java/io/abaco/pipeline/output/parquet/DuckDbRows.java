package io.abaco.pipeline.output.parquet;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Test helper: the rows of a query run by a fresh in-memory DuckDB, each as a list of JDBC objects. */
public final class DuckDbRows {
    private DuckDbRows() {}

    public static List<List<Object>> query(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int column = 1; column <= columns; column++) row.add(result.getObject(column));
                rows.add(row);
            }
            return rows;
        }
    }
}
