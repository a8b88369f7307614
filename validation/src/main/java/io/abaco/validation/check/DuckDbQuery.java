package io.abaco.validation.check;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** An in-memory DuckDB connection and the table function that reads a data file, for checks that query outputs. */
final class DuckDbQuery {
    private DuckDbQuery() {}

    static Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:");
    }

    /**
     * The FROM source reading {@code file} by its extension. CSV is read as text (no type sniffing: an empty field
     * is NULL, nothing is guessed); JSON as newline-delimited records.
     */
    static String source(Path file) {
        String literal = "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
        String name = file.getFileName().toString();
        if (name.endsWith(".parquet")) return "read_parquet(" + literal + ")";
        if (name.endsWith(".csv"))
            return "read_csv(" + literal + ", header = true, all_varchar = true, auto_detect = true)";
        return "read_json_auto(" + literal + ", format = 'newline_delimited')";
    }

    static String identifier(String column) {
        return "\"" + column.replace("\"", "\"\"") + "\"";
    }
}
